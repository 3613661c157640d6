#include "match/base_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace draftlint {
namespace {

constexpr UChar32 kTableEnd = 0x250;  // Latin-1 Supplement and Latin Extended-A/B

void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[4];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, static_cast<size_t>(length));
}

// The base form of every code point below kTableEnd, computed once from ICU.
const std::array<std::string, kTableEnd>& Table() {
  static const auto* table = [] {
    auto* result = new std::array<std::string, kTableEnd>;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (UChar32 c = 0; c < kTableEnd; ++c) {
      icu::UnicodeString decomposed;
      if (U_FAILURE(status) || !nfd->getDecomposition(c, decomposed))
        decomposed = icu::UnicodeString(c);
      icu::UnicodeString base;
      for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 part = decomposed.char32At(i);
        if (u_charType(part) != U_NON_SPACING_MARK) base.append(part);
      }
      base.foldCase();
      base.toUTF8String((*result)[c]);
    }
    return result;
  }();
  return *table;
}

}  // namespace

void AppendBaseFold(UChar32 c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  } else if (c < kTableEnd) {
    out->append(Table()[c]);
  } else {
    AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), out);
  }
}

std::string BaseFold(std::string_view text) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    AppendBaseFold(c, &out);
  }
  return out;
}

}  // namespace draftlint
