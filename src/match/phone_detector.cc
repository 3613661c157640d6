#include "match/phone_detector.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "match/pattern_set.h"

namespace draftlint {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

// Shortest number worth a look: 6 digits ("2345-678" local numbers) and up.
constexpr int kMinDigits = 6;
// Context libphonenumber may need on each side of a run: "tel:", "(", an extension.
constexpr size_t kWindowMargin = 12;
constexpr int kMaxTries = 16;

size_t AlignBack(std::string_view text, size_t offset) {
  while (offset > 0 && offset < text.size() && U8_IS_TRAIL(text[offset])) --offset;
  return offset;
}

size_t AlignForward(std::string_view text, size_t offset) {
  while (offset < text.size() && U8_IS_TRAIL(text[offset])) ++offset;
  return offset;
}

}  // namespace

PhoneDetector::PhoneDetector()
    : candidate_(std::make_unique<RE2>(R"(\+?\(?\d[\d \-./()]{4,}\d)", PatternOptions())) {}

std::string PhoneToE164(std::string_view number, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  if (util.Parse(std::string(number), region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
    return "";
  std::string e164;
  util.Format(parsed, PhoneNumberUtil::E164, &e164);
  return e164;
}

void PhoneDetector::Find(std::string_view text, const std::vector<std::string>& regions,
                         std::vector<PhoneHit>* hits) const {
  size_t pos = 0;
  re2::StringPiece match;
  while (pos < text.size() &&
         candidate_->Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto run_begin = static_cast<size_t>(match.data() - text.data());
    const size_t run_end = run_begin + match.size();
    pos = run_end;
    if (std::count_if(match.begin(), match.end(), [](char c) { return c >= '0' && c <= '9'; }) <
        kMinDigits) {
      continue;
    }
    const size_t window_begin =
        AlignBack(text, run_begin > kWindowMargin ? run_begin - kWindowMargin : 0);
    const size_t window_end = AlignForward(text, std::min(text.size(), run_end + kWindowMargin));
    const std::string window(text.substr(window_begin, window_end - window_begin));

    // The region whose reading covers most of the run wins: a national number read with
    // the wrong region often matches only its tail.
    std::vector<PhoneHit> best;
    size_t best_cover = 0;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    for (const std::string& region : regions) {
      PhoneNumberMatcher matcher(util, window, region, PhoneNumberMatcher::POSSIBLE, kMaxTries);
      std::vector<PhoneHit> found;
      size_t cover = 0;
      PhoneNumberMatch number;
      while (matcher.HasNext() && matcher.Next(&number)) {
        const size_t begin = window_begin + number.start();
        const size_t end = begin + number.length();
        if (end <= run_begin || begin >= run_end) continue;
        std::string e164;
        util.Format(number.number(), PhoneNumberUtil::E164, &e164);
        cover += std::min(end, run_end) - std::max(begin, run_begin);
        found.push_back({begin, end, std::move(e164)});
      }
      if (cover > best_cover) {
        best_cover = cover;
        best = std::move(found);
      }
      if (best_cover == run_end - run_begin) break;
    }
    for (PhoneHit& hit : best) hits->push_back(std::move(hit));
  }
}

}  // namespace draftlint
