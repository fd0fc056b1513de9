#!/usr/bin/env bash
# Sign-in figures: the SSO round trip and the kiosk sign-in, timed in headless Chromium (Debian's chromium and
# chromium-driver) against the test servers (Liberty + the demo OpenID provider + PostgreSQL, all started for the run).
# Usage: bench/sign-in.sh [rounds]   (default 15). Writes mes-ear/target/bench/sign-in.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-15}"
./mvnw -B -ntp verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=SignInBenchmark -Dbench.rounds="$ROUNDS" -Dfailsafe.failIfNoSpecifiedTests=false
cat mes-ear/target/bench/sign-in.txt
