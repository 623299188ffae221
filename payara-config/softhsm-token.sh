#!/usr/bin/env bash
# Makes sure a SoftHSM2 token with the given label exists in its own token directory, for the demo (bin/run) and
# the browser tests: a real PKCS#11 token in software, standing in for the users' USB dongles.
#
#   softhsm-token.sh DIR LABEL PIN     writes DIR/softhsm2.conf (tokens in DIR/tokens) and initialises the token
#                                      once; export SOFTHSM2_CONF=DIR/softhsm2.conf for everything that uses it.
set -euo pipefail
dir=${1:?usage: softhsm-token.sh DIR LABEL PIN}
label=${2:?usage: softhsm-token.sh DIR LABEL PIN}
pin=${3:?usage: softhsm-token.sh DIR LABEL PIN}
command -v softhsm2-util >/dev/null || { echo "softhsm-token.sh: softhsm2 is not installed (apt-get install softhsm2)" >&2; exit 1; }

mkdir -p "$dir/tokens"
dir=$(cd "$dir" && pwd)
cat >"$dir/softhsm2.conf" <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
export SOFTHSM2_CONF="$dir/softhsm2.conf"
if ! softhsm2-util --show-slots 2>/dev/null | grep -Eq "^ *Label: *${label} *$"; then
    # The security officer's PIN only re-initialises the token; a demo token needs no secret one.
    softhsm2-util --init-token --free --label "$label" --so-pin "so-$pin" --pin "$pin" >/dev/null
fi
