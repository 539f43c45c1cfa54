#!/bin/sh
# Installs backprop onto the PATH with its lessons, so a learner can type `backprop` in any folder:
#   PREFIX/bin/backprop                  the binary (Swift's standard library linked in statically)
#   PREFIX/share/backprop/lessons/*.md   the lessons, where the binary looks for them
#
#   scripts/install.sh            into ~/.local (bin/ is on most PATHs already)
#   scripts/install.sh /usr/local for every user (as root)
#
# BACKPROP_BINARY=path/to/backprop installs that binary instead of building one (the tests do).
set -eu
cd "$(dirname "$0")/.."
prefix="${1:-$HOME/.local}"
binary="${BACKPROP_BINARY:-}"
if [ -z "$binary" ]; then
    swift build -c release --product backprop --static-swift-stdlib
    binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/backprop"
fi
mkdir -p "$prefix/bin" "$prefix/share/backprop/lessons"
cp "$binary" "$prefix/bin/backprop.new"
chmod 755 "$prefix/bin/backprop.new"
mv "$prefix/bin/backprop.new" "$prefix/bin/backprop"
rm -f "$prefix/share/backprop/lessons/"*.md
cp lessons/*.md "$prefix/share/backprop/lessons/"
echo "installed $prefix/bin/backprop and its lessons in $prefix/share/backprop/lessons"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add it with: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
