// Phone numbers, found the way the speed table asks: one RE2 pass finds runs of digits and
// separators; libphonenumber's matcher (at "possible number" leniency, since drafts use
// fictional numbers) then reads only a small window around each run. libphonenumber is
// initialised on the first run of digits, not before.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

struct PhoneHit {
  size_t begin = 0;  // view offsets
  size_t end = 0;
  std::string e164;  // "+351912345678"
};

class PhoneDetector {
 public:
  PhoneDetector();

  // regions: ISO 3166 codes to read national numbers with, most likely first.
  void Find(std::string_view text, const std::vector<std::string>& regions,
            std::vector<PhoneHit>* hits) const;

 private:
  std::unique_ptr<RE2> candidate_;
};

// The E.164 form of a number written in region, or "" when libphonenumber cannot read it.
std::string PhoneToE164(std::string_view number, const std::string& region);

}  // namespace draftlint
