# Sourced by bin/run and bin/test: installs what a fresh Debian 12 machine lacks, and nothing that is there.

# Installs the Debian packages that dpkg does not know as installed; one apt-get update before the first install.
apt_install_missing() {
    local missing=() p
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || { echo "Missing packages, and not root to install them: ${missing[*]}" >&2; return 1; }
    echo "Installing ${missing[*]} ..."
    if [ -z "${apt_updated:-}" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# The build needs JDK 17 and Maven (domain.sh also uses curl). Checked by command, not package, so that a JDK
# installed some other way (sdkman, /opt) does not set apt-get off.
ensure_build_tools() {
    local wanted=()
    command -v javac >/dev/null || wanted+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null || wanted+=(maven)
    command -v curl >/dev/null || wanted+=(curl)
    [ ${#wanted[@]} -eq 0 ] || apt_install_missing "${wanted[@]}"
}
