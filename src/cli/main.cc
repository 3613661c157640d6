#include "cli/app.h"

int main(int argc, char** argv) { return draftlint::RunApp(argc, argv); }
