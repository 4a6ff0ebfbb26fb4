# Installs missing commands' Debian packages (sourced by ./test, ./capacity and notebooks/run, not run).
#
# ensure_packages WHO COMMAND:PACKAGE...
#   For every COMMAND not on PATH, installs its PACKAGE with apt-get when running as root; otherwise prints one
#   line saying what to install and returns 1. Silent when everything is present.
# have COMMAND: on PATH; java and javac also need to be version 17 or later. py.MODULE: /usr/bin/python3 imports it.
have() {
  case "$1" in
    py.*) /usr/bin/python3 -c "import ${1#py.}" >/dev/null 2>&1; return ;;
  esac
  command -v "$1" >/dev/null 2>&1 || return 1
  case "$1" in
    java | javac)
      local v
      v=$("$1" -version 2>&1 | sed -n 's/^.*\(version\|javac\) "\{0,1\}\([0-9][0-9]*\).*$/\2/p' | head -1)
      [ -n "$v" ] && [ "$v" -ge 17 ] ;;
  esac
}

ensure_packages() {
  local who="$1" pair log
  shift
  local need=()
  for pair in "$@"; do
    have "${pair%%:*}" || need+=("${pair#*:}")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: missing ${need[*]}; install with: sudo apt-get install -y ${need[*]} (Debian/Ubuntu), then rerun" >&2
    return 1
  fi
  echo "$who: installing ${need[*]} with apt-get (once)..." >&2
  if ! log=$( { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${need[@]}"; } 2>&1); then
    printf '%s\n' "$log" >&2
    echo "$who: apt-get could not install ${need[*]} (log above)" >&2
    return 1
  fi
}
