#!/usr/bin/env bash
# Builds the RPM with cargo-generate-rpm and checks it as Fedora and RHEL would see it: `rpm
# -qlp` lists exactly the binaries, the completion scripts where bash-completion, zsh and fish
# look on those systems, the gzipped man pages and the README; each file has its mode; the
# unpacked files are the committed ones and the binaries run.
#
# Needs cargo-generate-rpm (cargo install cargo-generate-rpm --locked), Debian's rpm (rpm -qlp)
# and rpm2cpio (rpm2archive), tar and gzip.
# Usage: tests/rpm.sh [PATH.rpm]   (without an argument it builds both programs, gzips the man
# pages into target/man and runs `cargo generate-rpm` first)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "rpm.sh: FAIL: $*" >&2; exit 1; }
ok() { echo "rpm.sh: ok: $*"; }

for tool in rpm rpm2archive tar gzip; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt install rpm rpm2cpio tar gzip)"
done
if [ $# -gt 0 ]; then
  pkg=$1
else
  command -v cargo-generate-rpm >/dev/null ||
    fail "cargo-generate-rpm is not installed: cargo install cargo-generate-rpm --locked"
  cargo build --release --locked --package vss-cli --package vss-mock-server
  rm -rf target/man && mkdir -p target/man
  for page in man/*.1; do gzip -9nc "$page" >"target/man/${page#man/}.gz"; done
  rm -rf target/generate-rpm
  cargo generate-rpm
  pkg=$(ls target/generate-rpm/*.rpm)
fi
[ -f "$pkg" ] || fail "no package at $pkg"
ok "built $pkg"

# Package metadata.
version=$(grep -m 1 '^version = ' Cargo.toml | sed 's/^version = "\(.*\)"/\1/')
[ "$(rpm -qp --qf '%{NAME} %{VERSION}-%{RELEASE}' "$pkg")" = "vss-cli $version-1" ] ||
  fail "name and version: $(rpm -qp --qf '%{NAME} %{VERSION}-%{RELEASE}' "$pkg")"
ok "package $(rpm -qp --qf '%{NAME}-%{VERSION}-%{RELEASE}.%{ARCH}, license %{LICENSE}' "$pkg")"

# Every path, and nothing else.
want=$(
  {
    printf '%s\n' /usr/bin/vss-cli /usr/bin/vss-mock-server \
      /usr/share/bash-completion/completions/vss-cli \
      /usr/share/bash-completion/completions/vss-mock-server \
      /usr/share/zsh/site-functions/_vss-cli /usr/share/zsh/site-functions/_vss-mock-server \
      /usr/share/fish/vendor_completions.d/vss-cli.fish \
      /usr/share/fish/vendor_completions.d/vss-mock-server.fish \
      /usr/share/doc/vss-cli/README.md
    for page in man/*.1; do echo "/usr/share/man/man1/${page#man/}.gz"; done
  } | sort
)
got=$(rpm -qlp "$pkg" | sort)
[ "$got" = "$want" ] || fail "rpm -qlp lists other paths:
$(diff <(echo "$want") <(echo "$got"))"
ok "rpm -qlp lists the $(echo "$got" | wc -l) expected paths"

# Modes: programs 755, everything else 644.
while read -r mode path; do
  case "$path" in
    /usr/bin/*) [ "$mode" = "-rwxr-xr-x" ] || fail "$path has mode $mode" ;;
    *) [ "$mode" = "-rw-r--r--" ] || fail "$path has mode $mode" ;;
  esac
done < <(rpm -qlvp "$pkg" | awk '{print $1, $NF}')
ok "programs 755, other files 644"

# Man pages and the README are documentation (rpm --excludedocs leaves them out).
docs=$(rpm -qdp "$pkg" | sort)
[ "$docs" = "$(echo "$want" | grep -E '^/usr/share/(man|doc)/')" ] || fail "doc files: $docs"
ok "man pages and README marked as documentation"

# Contents: the committed files, the pages gzipped, the binaries run.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
rpm2archive - <"$pkg" | tar -xzf - -C "$root"
check_same() { cmp -s "$root$1" "$2" || fail "$1 differs from $2"; }
check_same /usr/share/bash-completion/completions/vss-cli completions/vss-cli.bash
check_same /usr/share/bash-completion/completions/vss-mock-server completions/vss-mock-server.bash
check_same /usr/share/zsh/site-functions/_vss-cli completions/_vss-cli
check_same /usr/share/zsh/site-functions/_vss-mock-server completions/_vss-mock-server
check_same /usr/share/fish/vendor_completions.d/vss-cli.fish completions/vss-cli.fish
check_same /usr/share/fish/vendor_completions.d/vss-mock-server.fish completions/vss-mock-server.fish
check_same /usr/share/doc/vss-cli/README.md README.md
for page in man/*.1; do
  gzip -dc "$root/usr/share/man/man1/${page#man/}.gz" | cmp -s - "$page" ||
    fail "/usr/share/man/man1/${page#man/}.gz is not $page"
done
for bin in vss-cli vss-mock-server; do
  [ "$("$root/usr/bin/$bin" --version)" = "$bin $version" ] || fail "$bin --version"
done
ok "files are the committed ones, man pages gzipped, /usr/bin/vss-cli and vss-mock-server run"

echo "rpm.sh: all checks passed"
