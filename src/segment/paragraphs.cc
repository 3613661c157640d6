#include "segment/paragraphs.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/unicode_class.h"

namespace draftlint {
namespace {

// Wrapping clients break at 72-80 columns; a line this much shorter than the longest line
// of its paragraph was ended on purpose.
constexpr int kMinWrappedWidth = 40;
constexpr double kMinWrappedShare = 0.6;

struct LineInfo {
  int width = 0;
  UChar32 first = -1;
  UChar32 last = -1;
  bool list_item = false;
};

LineInfo Inspect(std::string_view line) {
  LineInfo info;
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (u_isUWhiteSpace(c)) {
      if (info.first >= 0) ++info.width;
      continue;
    }
    if (info.first < 0) info.first = c;
    info.last = c;
    info.width += DisplayWidth(c);
  }
  // Trailing spaces were counted; the last visible character ends the line.
  std::string_view trimmed = line;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) {
    trimmed.remove_suffix(1);
    --info.width;
  }
  std::string_view lead = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
  if (!lead.empty()) {
    const char c = lead[0];
    const bool bullet = (c == '-' || c == '*' || c == '+' || c == '>') &&
                        (lead.size() == 1 || lead[1] == ' ');
    const bool unicode_bullet = lead.rfind("\xE2\x80\xA2", 0) == 0 || lead.rfind("\xC2\xB7", 0) == 0;
    size_t digits = 0;
    while (digits < lead.size() && lead[digits] >= '0' && lead[digits] <= '9') ++digits;
    const bool numbered = digits > 0 && digits < lead.size() && (lead[digits] == '.' || lead[digits] == ')') &&
                          (digits + 1 == lead.size() || lead[digits + 1] == ' ');
    info.list_item = bullet || unicode_bullet || numbered;
  }
  return info;
}

bool EndsClause(UChar32 c) {
  switch (c) {
    case '.': case '!': case '?': case ':': case ';':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1A: case 0xFF1B:
      return true;
    default:
      return false;
  }
}

bool IsBlank(std::string_view line) {
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (!u_isUWhiteSpace(c)) return false;
  }
  return true;
}

}  // namespace

std::vector<bool> SoftBreaks(const std::vector<std::string_view>& lines) {
  std::vector<LineInfo> info;
  info.reserve(lines.size());
  int widest = 0;
  for (std::string_view line : lines) {
    info.push_back(Inspect(line));
    widest = std::max(widest, info.back().width);
  }
  std::vector<bool> soft(lines.empty() ? 0 : lines.size() - 1, false);
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    const LineInfo& line = info[k];
    const LineInfo& next = info[k + 1];
    // A label line ("Mobile:") and the value under it read as one sentence.
    const bool label = line.last == ':' || line.last == 0xFF1A;
    soft[k] = !next.list_item && (label || (line.width >= kMinWrappedWidth && line.width >= kMinWrappedShare * widest &&
                                            !EndsClause(line.last)));
  }
  return soft;
}

std::vector<Paragraph> SplitParagraphs(const Document& document,
                                       const std::vector<ProseRange>& prose) {
  std::vector<Paragraph> paragraphs;
  const std::string_view bytes = document.bytes();
  for (const ProseRange& range : prose) {
    if (range.begin >= range.end) continue;
    struct Line {
      size_t begin, end, break_end;
    };
    std::vector<Line> lines;
    auto flush = [&] {
      if (lines.empty()) return;
      std::vector<std::string_view> texts;
      for (const Line& line : lines) texts.push_back(bytes.substr(line.begin, line.end - line.begin));
      const std::vector<bool> soft = SoftBreaks(texts);
      NormalizedTextBuilder builder;
      for (size_t k = 0; k < lines.size(); ++k) {
        builder.Append(texts[k], lines[k].begin);
        if (k + 1 == lines.size()) break;
        const bool join_cjk = IsCjk(LastCodePoint(texts[k])) && IsCjk(FirstCodePoint(texts[k + 1]));
        builder.AppendSeparator(soft[k] ? (join_cjk ? "" : " ") : "\n", lines[k].end,
                                lines[k].break_end);
      }
      Paragraph paragraph;
      paragraph.begin = lines.front().begin;
      paragraph.end = lines.back().end;
      paragraph.text = builder.Finish();
      if (!paragraph.text.view().empty()) paragraphs.push_back(std::move(paragraph));
      lines.clear();
    };
    for (size_t line0 = document.LineOf(range.begin); line0 < document.line_count(); ++line0) {
      const size_t begin = std::max(document.LineBegin(line0), range.begin);
      if (begin >= range.end) break;
      const size_t end = std::min(document.LineEnd(line0), range.end);
      const size_t break_end = std::min(document.LineBegin(line0 + 1), range.end);
      if (IsBlank(bytes.substr(begin, end - begin))) {
        flush();
      } else {
        lines.push_back({begin, end, break_end});
      }
    }
    flush();
  }
  return paragraphs;
}

}  // namespace draftlint
