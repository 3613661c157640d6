#!/usr/bin/env bash
# cpack builds the .deb; installed into a scratch root with dpkg -x, it holds the binary,
# the packs, the man page and the completions, and the installed binary lints an example.
set -euo pipefail
build_dir=$(realpath "$1")
source_dir=$(realpath "$2")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$scratch/out" >/dev/null)
deb=$(ls "$scratch"/out/draftlint_*_*.deb)
[[ $(dpkg-deb -f "$deb" Package) == draftlint ]]
depends=$(dpkg-deb -f "$deb" Depends)

root=$scratch/root
dpkg-deb -x "$deb" "$root"
usr=$root/usr
test -x "$usr/bin/draftlint"
needed=$(readelf -d "$usr/bin/draftlint" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
# libphonenumber, protobuf and Abseil are linked in, to start faster (CMakeLists.txt).
if grep -qE '^(libphonenumber|libprotobuf|libabsl)' <<<"$needed"; then
  echo "draftlint loads libphonenumber, protobuf or Abseil as shared libraries" >&2
  exit 1
fi
# dpkg-shlibdeps found the shared libraries the binary loads. Which those are depends on the
# build: the optimized one links RE2, ICU and yaml-cpp from their archives and loads mimalloc,
# the sanitizer build the reverse. CLD2 ships no archive: it is always loaded.
grep -q '^libcld2\.so' <<<"$needed" || { echo "draftlint does not load libcld2: $needed" >&2; exit 1; }
for pair in libicuuc:libicu libre2:libre2 libyaml-cpp:libyaml-cpp libcld2:libcld2 \
  libmimalloc:libmimalloc; do
  soname=${pair%%:*}
  package=${pair##*:}
  if grep -q "^$soname\.so" <<<"$needed"; then
    grep -q "$package" <<<"$depends" || { echo "Depends lacks $package: $depends" >&2; exit 1; }
  fi
done
test -f "$usr/share/draftlint/rules/departure.yaml"
test -f "$usr/share/draftlint/rules/out-of-office.yaml"
test -f "$usr/share/draftlint/lexicons/ja/successor.txt"
test -f "$usr/share/bash-completion/completions/draftlint"
test -f "$usr/share/zsh/vendor-completions/_draftlint"
test -f "$usr/share/fish/vendor_completions.d/draftlint.fish"
man_page=$(zcat "$usr/share/man/man1/draftlint.1.gz")
grep -q '^\.TH DRAFTLINT "1"' <<<"$man_page"
grep -qF 'fail\-on' <<<"$man_page"
grep -q '^\.SH EXAMPLES' <<<"$man_page"

cd "$scratch"
[[ $("$usr/bin/draftlint" --version) == "draftlint $(dpkg-deb -f "$deb" Version)" ]]
output=$("$usr/bin/draftlint" --format line --fail-on never "$source_dir/examples/risky-note-en.txt")
grep -q "risky-note-en.txt:[0-9]*:[0-9]*: error: .*\[personal-phone\]" <<<"$output"
"$usr/bin/draftlint" explain personal-phone | grep -q '^# personal-phone$'
"$usr/bin/draftlint" test-pack "$usr/share/draftlint/rules" >/dev/null
echo "package $(basename "$deb") installs and runs: $(wc -l <<<"$output") findings"
