#include "text/entities.h"

#include <unicode/utf8.h>

#include <cstdlib>
#include <map>

namespace draftlint {
namespace {

std::string Utf8(UChar32 c) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  return error ? std::string() : std::string(buffer, length);
}

// Named entities that appear in e-mail and Markdown drafts (punctuation, spacing, and the
// accented letters of the languages draftlint checks).
const std::map<std::string_view, UChar32>& Named() {
  static const std::map<std::string_view, UChar32> named = {
      {"amp", '&'},       {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},    {"ensp", 0x2002},   {"emsp", 0x2003},
      {"thinsp", 0x2009}, {"shy", 0xAD},     {"ndash", 0x2013},  {"mdash", 0x2014},
      {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C},  {"rdquo", 0x201D},
      {"laquo", 0xAB},    {"raquo", 0xBB},   {"hellip", 0x2026}, {"middot", 0xB7},
      {"bull", 0x2022},   {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},
      {"euro", 0x20AC},   {"pound", 0xA3},   {"yen", 0xA5},      {"cent", 0xA2},
      {"sect", 0xA7},     {"deg", 0xB0},     {"times", 0xD7},    {"divide", 0xF7},
      {"iexcl", 0xA1},    {"iquest", 0xBF},  {"ordf", 0xAA},     {"ordm", 0xBA},
      {"szlig", 0xDF},    {"aacute", 0xE1},  {"Aacute", 0xC1},   {"agrave", 0xE0},
      {"Agrave", 0xC0},   {"acirc", 0xE2},   {"Acirc", 0xC2},    {"atilde", 0xE3},
      {"Atilde", 0xC3},   {"auml", 0xE4},    {"Auml", 0xC4},     {"aring", 0xE5},
      {"ccedil", 0xE7},   {"Ccedil", 0xC7},  {"eacute", 0xE9},   {"Eacute", 0xC9},
      {"egrave", 0xE8},   {"Egrave", 0xC8},  {"ecirc", 0xEA},    {"Ecirc", 0xCA},
      {"euml", 0xEB},     {"iacute", 0xED},  {"Iacute", 0xCD},   {"icirc", 0xEE},
      {"iuml", 0xEF},     {"ntilde", 0xF1},  {"Ntilde", 0xD1},   {"oacute", 0xF3},
      {"Oacute", 0xD3},   {"ograve", 0xF2},  {"ocirc", 0xF4},    {"Ocirc", 0xD4},
      {"otilde", 0xF5},   {"Otilde", 0xD5},  {"ouml", 0xF6},     {"Ouml", 0xD6},
      {"oslash", 0xF8},   {"uacute", 0xFA},  {"Uacute", 0xDA},   {"ugrave", 0xF9},
      {"ucirc", 0xFB},    {"uuml", 0xFC},    {"Uuml", 0xDC},     {"yacute", 0xFD},
      {"oelig", 0x153},   {"OElig", 0x152},  {"odblac", 0x151},  {"Odblac", 0x150},
      {"udblac", 0x171},  {"Udblac", 0x170},
  };
  return named;
}

}  // namespace

std::optional<std::string> DecodeEntity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::nullopt;
  const std::string_view name = entity.substr(1, entity.size() - 2);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    char* end = nullptr;
    const long code = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0' || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
      return std::nullopt;
    return Utf8(static_cast<UChar32>(code));
  }
  const auto it = Named().find(name);
  if (it == Named().end()) return std::nullopt;
  return Utf8(it->second);
}

}  // namespace draftlint
