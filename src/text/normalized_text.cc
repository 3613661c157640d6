#include "text/normalized_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

namespace draftlint {
namespace {

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFKC normalizer");
    return instance;
  }();
  return *nfkc;
}

// Typographic variants that NFKC keeps but people use interchangeably with ASCII.
const char* TypographicFold(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
      return "-";
    // Invisible characters that split words for no visible reason.
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x2060:
    case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

bool IsAsciiSpace(uint8_t b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

}  // namespace

const NormalizedText::Piece& NormalizedText::PieceHolding(size_t view_offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), view_offset,
                             [](size_t v, const Piece& p) { return v < p.view; });
  return *(it - 1);
}

size_t NormalizedText::OriginalBegin(size_t view_offset) const {
  if (pieces_.empty()) return 0;
  if (view_offset >= view_.size()) {
    const Piece& last = pieces_.back();
    return last.original + last.original_size;
  }
  const Piece& p = PieceHolding(view_offset);
  return p.linear ? p.original + (view_offset - p.view) : p.original;
}

size_t NormalizedText::OriginalEnd(size_t view_offset) const {
  if (pieces_.empty()) return 0;
  if (view_offset == 0) return pieces_.front().original;
  const Piece& p = PieceHolding(view_offset - 1);
  return p.linear ? p.original + (view_offset - p.view) : p.original + p.original_size;
}

bool NormalizedText::CanCutAt(size_t view_offset) const {
  if (view_offset == 0 || view_offset >= view_.size()) return true;
  if (U8_IS_TRAIL(static_cast<uint8_t>(view_[view_offset]))) return false;
  const Piece& p = PieceHolding(view_offset);
  return p.linear || p.view == view_offset;
}

NormalizedText NormalizedText::Slice(size_t begin, size_t end) const {
  NormalizedText slice;
  slice.view_ = view_.substr(begin, end - begin);
  if (begin == end) return slice;
  for (auto it = pieces_.begin() + (&PieceHolding(begin) - pieces_.data());
       it != pieces_.end() && it->view < end; ++it) {
    Piece piece = *it;
    if (piece.linear) {
      // Only a linear piece can be cut: its bytes map one to one.
      const uint32_t from = std::max<uint32_t>(piece.view, begin);
      const uint32_t to = std::min<uint32_t>(piece.view + piece.view_size, end);
      piece.original += from - piece.view;
      piece.view_size = piece.original_size = to - from;
      piece.view = from;
    }
    piece.view -= begin;
    slice.pieces_.push_back(piece);
  }
  return slice;
}

void NormalizedTextBuilder::Copy(std::string_view bytes, size_t original) {
  if (bytes.empty()) return;
  auto& pieces = text_.pieces_;
  const auto view = static_cast<uint32_t>(text_.view_.size());
  if (!pieces.empty()) {
    auto& last = pieces.back();
    if (last.linear && last.view + last.view_size == view &&
        last.original + last.original_size == original) {
      last.view_size += bytes.size();
      last.original_size += bytes.size();
      text_.view_.append(bytes);
      return;
    }
  }
  pieces.push_back({view, static_cast<uint32_t>(original), static_cast<uint32_t>(bytes.size()),
                    static_cast<uint32_t>(bytes.size()), true});
  text_.view_.append(bytes);
}

void NormalizedTextBuilder::Replace(std::string_view text, size_t original, size_t original_size) {
  auto& pieces = text_.pieces_;
  const auto view = static_cast<uint32_t>(text_.view_.size());
  if (text.empty()) {
    // Dropped bytes join the piece before them, so a span ending there ends after them.
    if (!pieces.empty() && !pieces.back().linear &&
        pieces.back().original + pieces.back().original_size == original) {
      pieces.back().original_size += original_size;
    }
    return;
  }
  pieces.push_back({view, static_cast<uint32_t>(original), static_cast<uint32_t>(text.size()),
                    static_cast<uint32_t>(original_size), false});
  text_.view_.append(text);
}

void NormalizedTextBuilder::AppendWhitespace(size_t original, size_t original_size) {
  const std::string& view = text_.view_;
  const bool follows_space = view.empty() || view.back() == ' ' || view.back() == '\n';
  Replace(follows_space ? "" : " ", original, original_size);
}

void NormalizedTextBuilder::AppendSeparator(std::string_view text, size_t original_begin,
                                            size_t original_end) {
  std::string& view = text_.view_;
  // A separator swallows the space before it: "end of line \n" joins as one space. (A space
  // that ends the text so far is always a piece of its own: see Append.)
  if (!text.empty() && !view.empty() && view.back() == ' ' && !text_.pieces_.back().linear &&
      text_.pieces_.back().view_size == 1) {
    auto& last = text_.pieces_.back();
    view.pop_back();
    original_begin = last.original;
    text_.pieces_.pop_back();
  }
  if (text == " " && (view.empty() || view.back() == ' ' || view.back() == '\n')) text = "";
  Replace(text, original_begin, original_end - original_begin);
}

void NormalizedTextBuilder::Append(std::string_view original, size_t original_offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  const icu::Normalizer2& nfkc = Nfkc();
  int32_t i = 0;
  while (i < n) {
    // ASCII letters and punctuation are their own NFKC form, unless a combining mark
    // follows; those go the general way below.
    int32_t run = i;
    while (run < n && s[run] < 0x80 && !IsAsciiSpace(s[run]) &&
           (run + 1 >= n || s[run + 1] < 0x80)) {
      ++run;
    }
    if (run > i) {
      Copy(original.substr(i, run - i), original_offset + i);
      i = run;
      continue;
    }
    // A lone space between ASCII words is kept as it is, in the same piece as the words: a
    // piece per space would make the pieces outweigh the text several times over. It is
    // never the last byte appended, so a separator after it still finds its own piece.
    if (s[i] == ' ' && i + 1 < n && s[i + 1] < 0x80 && !IsAsciiSpace(s[i + 1]) &&
        !text_.view_.empty() && text_.view_.back() != ' ' && text_.view_.back() != '\n') {
      Copy(original.substr(i, 1), original_offset + i);
      ++i;
      continue;
    }
    if (IsAsciiSpace(s[i])) {
      int32_t end = i;
      while (end < n && IsAsciiSpace(s[end])) ++end;
      AppendWhitespace(original_offset + i, end - i);
      i = end;
      continue;
    }

    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      Replace("\xEF\xBF\xBD", original_offset + start, i - start);
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      int32_t end = i;
      while (end < n) {
        int32_t next = end;
        UChar32 d;
        U8_NEXT(s, next, n, d);
        if (d < 0 || !u_isUWhiteSpace(d)) break;
        end = next;
      }
      AppendWhitespace(original_offset + start, end - start);
      i = end;
      continue;
    }
    if (const char* folded = TypographicFold(c)) {
      Replace(folded, original_offset + start, i - start);
      continue;
    }
    // A normalization segment: this code point and the combining ones after it.
    int32_t end = i;
    while (end < n) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (d < 0 || nfkc.hasBoundaryBefore(d)) break;
      end = next;
    }
    const std::string_view segment = original.substr(start, end - start);
    if (end == i && nfkc.isInert(c)) {
      Copy(segment, original_offset + start);
    } else {
      std::string normalized;
      icu::StringByteSink<std::string> sink(&normalized);
      UErrorCode status = U_ZERO_ERROR;
      nfkc.normalizeUTF8(0, icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size())),
                         sink, nullptr, status);
      if (U_FAILURE(status) || normalized == segment) {
        Copy(segment, original_offset + start);
      } else {
        Replace(normalized, original_offset + start, segment.size());
      }
    }
    i = end;
  }
}

void NormalizedTextBuilder::AppendDecoded(std::string_view text, size_t original_begin,
                                          size_t original_end) {
  NormalizedTextBuilder decoded;
  decoded.Append(text, 0);
  const std::string normalized(decoded.Finish().view());
  if (normalized.empty() || normalized == " ") {
    AppendWhitespace(original_begin, original_end - original_begin);
  } else {
    Replace(normalized, original_begin, original_end - original_begin);
  }
}

NormalizedText NormalizedTextBuilder::Finish() { return std::move(text_); }

}  // namespace draftlint
