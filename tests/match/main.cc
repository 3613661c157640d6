#define BOOST_TEST_MODULE match
#include <boost/test/unit_test.hpp>
