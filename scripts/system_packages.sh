#!/usr/bin/env bash
# Installs the named Debian packages through apt, only those missing.
#
#   scripts/system_packages.sh [--optional] PACKAGE...
#
# Uses sudo when not root; runs `apt-get update` only when the package lists are missing or too
# old to install from. With --optional a machine without apt, or a failed install, only gets a
# note (the demo still runs; what needs the package says so).
set -uo pipefail

optional=false
if [ "${1:-}" = "--optional" ]; then
    optional=true
    shift
fi
packages=("$@")
give_up() {
    echo "$1" >&2
    if $optional; then exit 0; else exit 1; fi
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "No dpkg/apt here: install ${packages[*]} yourself." >&2
    exit 0
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "Installed already: ${packages[*]}"
    exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || give_up "Not root and no sudo: install ${missing[*]} yourself."
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
install=("${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}")
if compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null && "${install[@]}"; then
    exit 0
fi
"${sudo[@]}" apt-get update && "${install[@]}" && exit 0
give_up "Could not install ${missing[*]}."
