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

// A longer paragraph is linted in parts. A 50 MB line is not prose, and a paragraph is
// matched, segmented and held whole; parts keep that work and memory bounded. A part ends at
// a line break, a sentence end or a space where one is in its second half, so a finding (at
// most a sentence) is rarely cut.
constexpr size_t kMaxParagraphBytes = 64 << 10;

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
    const bool bullet =
        (c == '-' || c == '*' || c == '+' || c == '>') && (lead.size() == 1 || lead[1] == ' ');
    const bool unicode_bullet =
        lead.rfind("\xE2\x80\xA2", 0) == 0 || lead.rfind("\xC2\xB7", 0) == 0;
    size_t digits = 0;
    while (digits < lead.size() && lead[digits] >= '0' && lead[digits] <= '9') ++digits;
    const bool numbered = digits > 0 && digits < lead.size() &&
                          (lead[digits] == '.' || lead[digits] == ')') &&
                          (digits + 1 == lead.size() || lead[digits + 1] == ' ');
    info.list_item = bullet || unicode_bullet || numbered;
  }
  return info;
}

bool EndsClause(UChar32 c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1A:
    case 0xFF1B:
      return true;
    default:
      return false;
  }
}

size_t PartEnd(const NormalizedText& text, size_t begin) {
  const std::string_view view = text.view();
  const size_t limit = begin + kMaxParagraphBytes;
  if (limit >= view.size()) return view.size();
  // Only the part's second half is searched: a search to the start would make a long text
  // quadratic.
  const size_t half = begin + kMaxParagraphBytes / 2;
  const std::string_view second_half = view.substr(half, limit - half);
  for (const std::string_view after : {"\n", ". ", "\xE3\x80\x82", " "}) {
    const size_t at = second_half.rfind(after);
    if (at == std::string_view::npos) continue;
    const size_t cut = half + at + after.size();
    if (text.CanCutAt(cut)) return cut;
  }
  size_t cut = limit;
  while (cut > begin && !text.CanCutAt(cut)) --cut;
  if (cut > begin) return cut;
  cut = limit;
  while (!text.CanCutAt(cut)) ++cut;
  return cut;
}

void AddParagraph(Paragraph paragraph, std::vector<Paragraph>* paragraphs) {
  const NormalizedText& whole = paragraph.text;
  const size_t size = whole.view().size();
  if (size == 0) return;
  if (size <= kMaxParagraphBytes) {
    paragraphs->push_back(std::move(paragraph));
    return;
  }
  for (size_t begin = 0; begin < size;) {
    const size_t end = PartEnd(whole, begin);
    Paragraph part;
    part.begin = whole.OriginalBegin(begin);
    part.end = whole.OriginalEnd(end);
    part.text = whole.Slice(begin, end);
    paragraphs->push_back(std::move(part));
    begin = end;
  }
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
    soft[k] = !next.list_item &&
              (label || (line.width >= kMinWrappedWidth &&
                         line.width >= kMinWrappedShare * widest && !EndsClause(line.last)));
  }
  return soft;
}

std::vector<Paragraph> SplitParagraphs(const Document& document, const Prose& prose) {
  std::vector<Paragraph> paragraphs;
  const std::string_view bytes = document.bytes();
  for (const ProseBlock& block : prose) {
    if (block.lines.empty()) continue;
    // A line's text as the reader sees it, for deciding about its break (a lone line has
    // none, and may be a whole file: it is not copied).
    std::vector<std::string> texts;
    if (block.lines.size() > 1) {
      for (const ProseLine& line : block.lines) {
        std::string text;
        for (const ProsePiece& piece : line.pieces) {
          text += piece.decoded.empty()
                      ? std::string(bytes.substr(piece.begin, piece.end - piece.begin))
                      : piece.decoded;
        }
        texts.push_back(std::move(text));
      }
    }
    const std::vector<bool> soft =
        SoftBreaks(std::vector<std::string_view>(texts.begin(), texts.end()));
    NormalizedTextBuilder builder;
    size_t previous_end = std::string::npos;
    for (size_t k = 0; k < block.lines.size(); ++k) {
      const ProseLine& line = block.lines[k];
      for (const ProsePiece& piece : line.pieces) {
        // Markup between two pieces of a line is dropped; whitespace around it stays one space.
        if (previous_end != std::string::npos && piece.begin > previous_end) {
          const std::string_view gap = bytes.substr(previous_end, piece.begin - previous_end);
          const bool spaced = gap.find_first_of(" \t\n\r") != std::string_view::npos;
          builder.AppendSeparator(spaced ? " " : "", previous_end, piece.begin);
        }
        if (piece.decoded.empty()) {
          builder.Append(bytes.substr(piece.begin, piece.end - piece.begin), piece.begin);
        } else {
          builder.AppendDecoded(piece.decoded, piece.begin, piece.end);
        }
        previous_end = piece.end;
      }
      if (k + 1 == block.lines.size() || line.pieces.empty()) continue;
      const ProseLine& next = block.lines[k + 1];
      if (next.pieces.empty()) continue;
      const bool hard = line.hard_break_after || !soft[k];
      const bool join_cjk = IsCjk(LastCodePoint(texts[k])) && IsCjk(FirstCodePoint(texts[k + 1]));
      builder.AppendSeparator(hard ? "\n" : (join_cjk ? "" : " "), previous_end,
                              next.pieces.front().begin);
      previous_end = next.pieces.front().begin;
    }
    Paragraph paragraph;
    paragraph.begin =
        block.lines.front().pieces.empty() ? 0 : block.lines.front().pieces.front().begin;
    paragraph.end = previous_end;
    paragraph.text = builder.Finish();
    AddParagraph(std::move(paragraph), &paragraphs);
  }
  return paragraphs;
}

}  // namespace draftlint
