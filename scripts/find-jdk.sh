# Sourced by ./extupgrade and .ci/run: sets JAVA_HOME to a JDK >= 21 or explains what to install.
_jdk_major() {
  local v=""
  # the release file says it without starting a JVM (a tenth of a second per start)
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [ -n "$v" ] || v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  echo "${v%%.*}"
}
_jdk_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_jdk_major "$1")" -ge 21 ] 2>/dev/null; }
if [ -z "${JAVA_HOME:-}" ] || ! _jdk_ok "$JAVA_HOME"; then
  _found=""
  # HOME may be unset (cron, env -i, systemd units): then there is no ~/.sdkman to look in
  for _c in /usr/lib/jvm/* /opt/java/* /opt/jdk* ${HOME:+"$HOME"/.sdkman/candidates/java/*} /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$_c" ] && _jdk_ok "$_c"; then
      if [ -z "$_found" ] || [ "$(_jdk_major "$_c")" -gt "$(_jdk_major "$_found")" ]; then _found="$_c"; fi
    fi
  done
  if [ -z "$_found" ] && command -v javac >/dev/null 2>&1; then
    _j="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    _jdk_ok "$_j" && _found="$_j"
  fi
  if [ -z "$_found" ]; then
    echo "extupgrade: needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
    echo "  Install one (Debian/Ubuntu: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    exit 2
  fi
  export JAVA_HOME="$_found"
fi
export PATH="$JAVA_HOME/bin:$PATH"
