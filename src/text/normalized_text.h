// The normalized view that patterns are matched on, and the exact way back from it.
//
// Drafts spell the same thing many ways: full-width "ＡＣＭＥ" and "０９１２", an ideographic
// space, "e" followed by a combining acute, curly quotes and dashes, runs of spaces, a
// phrase wrapped across a line break. The view folds these (NFKC by ICU, whitespace runs to
// one space, typographic quotes and dashes to ASCII, invisible format characters dropped)
// while remembering, piece by piece, which original bytes each view byte came from, so a
// match in the view maps back to an exact span of the file. Case is kept: patterns that
// care about capitals (a name, a placeholder in caps) need it; the others match with RE2's
// case folding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

class NormalizedText {
 public:
  std::string_view view() const { return view_; }

  // Original offset where a span starting at view_offset starts.
  size_t OriginalBegin(size_t view_offset) const;
  // Original offset where a span ending (exclusively) at view_offset ends.
  size_t OriginalEnd(size_t view_offset) const;

  // Whether the view can be cut at view_offset without splitting a piece that maps back as a
  // whole (a folded character, a collapsed run of spaces) or a UTF-8 sequence.
  bool CanCutAt(size_t view_offset) const;
  // The view's bytes [begin, end) with their way back; both ends must be CanCutAt.
  NormalizedText Slice(size_t begin, size_t end) const;

 private:
  friend class NormalizedTextBuilder;

  // A run of view bytes and the original bytes it stands for. A linear piece is a verbatim
  // copy (offsets correspond one to one); any other piece maps as a whole.
  struct Piece {
    uint32_t view = 0;
    uint32_t original = 0;
    uint32_t view_size = 0;
    uint32_t original_size = 0;
    bool linear = false;
  };
  const Piece& PieceHolding(size_t view_offset) const;

  std::string view_;
  std::vector<Piece> pieces_;
};

class NormalizedTextBuilder {
 public:
  // Appends the normalized form of original bytes that start at original_offset.
  void Append(std::string_view original, size_t original_offset);

  // Appends literal view text standing for the original range [begin, end): how a line
  // break joins two lines, for instance.
  void AppendSeparator(std::string_view text, size_t original_begin, size_t original_end);

  // Appends the normalized form of text that the original range [begin, end) stands for:
  // "&nbsp;" stands for a no-break space, which becomes a space like any other.
  void AppendDecoded(std::string_view text, size_t original_begin, size_t original_end);

  NormalizedText Finish();

 private:
  void Copy(std::string_view bytes, size_t original);
  void Replace(std::string_view text, size_t original, size_t original_size);
  void AppendWhitespace(size_t original, size_t original_size);

  NormalizedText text_;
};

}  // namespace draftlint
