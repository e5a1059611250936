#!/usr/bin/env bash
# bench/run.sh: measures the built jar against a fake Slack on loopback, side by side with the two peer Slack apps in
# ../shared/bench-peers (or BENCH_PEERS), and writes docs/benchmarks.md. Not part of `verify`.
#
#   ./mvnw -q -B package -DskipTests && bench/run.sh [all|status|drain|burst|takeover ...]
#
# Each part rewrites only its own sections of docs/benchmarks.md (between <!-- bench:PART --> markers), so a part can
# be rerun alone. `status`: signed /onboarding status against the peers, the big installation, memory, start time.
# `drain`, `burst`, `takeover`: the outbox against a fake Slack that enforces Slack's limits itself (3 posts per
# channel in any 3 s, a workspace budget per minute; 429 with Retry-After), driven by the mains DrainBench, BurstBench
# and TakeoverBench in src/test/java/dev/onboardingbuddy/bench, which start the built jar themselves, with the JVM
# options the README gives.
#
# Needs wrk (Debian: apt-get install -y wrk), node/npm and mvn for the peers, openssl, curl, jcmd; PostgreSQL for
# `takeover` (skipped with a note in the report when it cannot connect).
# Settings from the environment (all optional):
#   BENCH_HIRES=5000            active hires seeded into a fresh embedded H2 database
#   BENCH_SECONDS=15            seconds of each measured wrk run (after a 5 s warm-up)
#   BENCH_SLACK_LATENCY_MS=0    the fake Slack's round trip
#   SLACK_SEND_BUDGET_PER_MINUTE, MSTEAMS_SEND_BUDGET_PER_SECOND   passed to the bot as they are (the dispatcher's
#                               platform budgets) in `status`; the other parts set them per run
#   BENCH_DRAIN_MESSAGES=3000   drain backlog with the budgets lifted (SLACK_SEND_BUDGET_PER_MINUTE=100000, the most
#                               the bot accepts; the fake then enforces only the per-channel limit)
#   BENCH_DRAIN_DEFAULT_MESSAGES=1200  drain backlog at the default budget (600/min; two minutes' worth)
#   BENCH_DRAIN_PER_CHANNEL=5   messages per DM in the drain backlogs
#   BENCH_BURST_HIRES=1000      hires enrolled in one burst; BENCH_BURST_CONCURRENCY=16 callers at once
#   BENCH_BURST_WARM_UP=200     other hires enrolled (and their first DMs awaited) before the burst's second run with
#                               the budgets lifted, so that it meets a warm bot; 0 skips that run
#   BENCH_BURST_LATENCY_MS=0    the fake Slack's round trip in the burst
#   BENCH_TAKEOVER_MESSAGES=600 backlog for the takeover (3 per DM), budgets lifted; instance A is killed (SIGKILL)
#                               once BENCH_TAKEOVER_KILL_AT_PERCENT=30 % of it went out
#   BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/buddy_bench, BENCH_POSTGRES_USER=buddy,
#   BENCH_POSTGRES_PASSWORD=buddy   a database of the benchmark's own: its public schema is dropped and made anew
#   OUTBOX_SENDERS              passed to the bots of drain, burst and takeover when set (the bot's default is 32)
#   BENCH_KEEP_WORK             set: keep the work folder (databases, logs) after a run that succeeded
#   BENCH_BOT_JAVA_OPTS         extra JVM options for those bots, e.g. a JFR recording:
#                               '-XX:StartFlightRecording=filename=/tmp/{name}.jfr' ({name}: drain, burst, a, b)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
parts=("$@")
if [ ${#parts[@]} -eq 0 ] || [ "${parts[0]}" = all ]; then parts=(status drain burst takeover); fi
for part in "${parts[@]}"; do
  case $part in status|drain|burst|takeover) ;; *) echo "unknown part: $part (all, status, drain, burst, takeover)" >&2; exit 2;; esac
done
wants() { [[ " ${parts[*]} " == *" $1 "* ]]; }
# a missing tool would otherwise end a part half-way without a word (set -e inside a process substitution)
need() { command -v "$1" > /dev/null || { echo "bench/run.sh needs $1${2:+ ($2)}" >&2; exit 2; }; }
need curl; need python3; need java
if wants status; then
  need wrk "Debian: apt-get install -y wrk"; need node; need npm; need mvn; need openssl; need jcmd
fi
peers=${BENCH_PEERS:-$root/../shared/bench-peers}
hires=${BENCH_HIRES:-5000}
seconds=${BENCH_SECONDS:-15}
latency=${BENCH_SLACK_LATENCY_MS:-0}
secret=8f742231b10e8888abcd99yyyzzz85a5
work=$(mktemp -d /tmp/buddy-bench.XXXXXX)
pids=()
# A run leaves about 1.6 GB of databases in its work folder: removed after a run that succeeded, kept after one that
# failed (its logs say why) or when BENCH_KEEP_WORK is set.
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "$status" -eq 0 ] && [ -z "${BENCH_KEEP_WORK:-}" ]; then
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
  else
    echo "work folder kept: $work" >&2
  fi
}
trap cleanup EXIT

test -f target/onboarding-buddy.jar || { echo "build first: ./mvnw -q -B package -DskipTests" >&2; exit 2; }
echo "work folder: $work"
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp="$root/target/test-classes:$root/target/classes:$(cat "$work/cp.txt")"
# The drivers that run beside the bot (the fake Slack, the callers) share the machine's cores with the bot they
# measure. With the JVM's default compilers, the burst driver's C2 threads alone took ~4 CPU-seconds of a 15 s run on
# 2 cores, CPU that a real Slack does not take from the bot; C1 only, as the bot runs, leaves it to the bot (1,000-hire
# burst: median first DM 10.7-11.2 s with C2 in the driver, 8.2-9.0 s without, alternated runs). Seeding runs before
# the bot starts and keeps the default compilers.
driver_java=(java -XX:TieredStopAtLevel=1)

status_part() {
# ---- the peers, built as their README says, in the work folder ----
cp -r "$peers/bolt-js" "$peers/bolt-java" "$work/" && chmod -R u+w "$work"
(cd "$work/bolt-js" && npm install --silent @slack/bolt@5 >/dev/null)
(cd "$work/bolt-java" && mvn -q -B package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null)

# ---- the bot: fake Slack, seeded database, start time ----
"${driver_java[@]}" -Dsun.net.httpserver.nodelay=true -Xmx256m -cp "$cp" dev.onboardingbuddy.bench.FakeSlackMain "$work/slack.url" "$latency" > "$work/slack.log" 2>&1 &
pids+=($!)
until test -s "$work/slack.url"; do sleep 0.2; done
export DATABASE_URL="jdbc:h2:file:$work/db/buddy"
java -cp "$cp" dev.onboardingbuddy.bench.SeedHires "$hires" 10 2>/dev/null | grep seeded
# No backups: the job also runs at start-up unless ./backups holds one younger than 12 h, so whether a zip of the
# seeded 1 GB database ran through the measured seconds (a core for about a minute) depended on leftovers there, and
# every such run left a 300 MB zip in the repository's ./backups.
bot_env=(CONFIG_FILE="$root/config/application.yaml" CHECKLISTS_DIR="$root/config/checklists"
  CALENDARS_DIR="$root/config/calendars" TEAMS_DIR="$root/config/teams" PORT=3300 SLACK_BOT_TOKEN=xoxb-bench
  SLACK_SIGNING_SECRET=$secret SLACK_API_URL="$(cat "$work/slack.url")" MANAGER_CHANNEL=C0MANAGERS
  ONBOARDING_ADMINS=U0ADMIN BACKUP_INTERVAL_HOURS=0)
for budget in SLACK_SEND_BUDGET_PER_MINUTE MSTEAMS_SEND_BUDGET_PER_SECOND; do
  if [ -n "${!budget:-}" ]; then bot_env+=("$budget=${!budget}"); fi
done
launched=$(date +%s%N)
# started as the README says, with the class-data archive that `package` wrote
env "${bot_env[@]}" java -Xmx512m -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/onboarding-buddy.jsa \
  -jar target/onboarding-buddy.jar serve > "$work/bot.log" 2>&1 &
bot=$!; pids+=($bot)
until curl -fsS -o /dev/null http://127.0.0.1:3300/healthz 2>/dev/null; do sleep 0.02; done
healthy_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
# The process's age when /healthz first answered, from the kernel's start time of the process (10 ms ticks). Asking
# the JVM (jcmd VM.uptime) instead would add the half second jcmd itself takes to attach.
process_age_ms=$(awk -v ticks="$(getconf CLK_TCK)" -v start="$(awk '{print $22}' "/proc/$bot/stat")" \
  '{printf "%d", ($1 - start / ticks) * 1000}' /proc/uptime)

# ---- the peers, started ----
# exec: the subshell becomes the peer, so that the cleanup's kill reaches it (it outlived the run before)
(cd "$work/bolt-js" && SLACK_API_URL="$(cat "$work/slack.url")" PORT=3100 SLACK_SIGNING_SECRET=$secret exec node app.js > "$work/bolt-js.log" 2>&1) &
pids+=($!)
(cd "$work/bolt-java" && SLACK_API_URL="$(cat "$work/slack.url")" PORT=3200 SLACK_SIGNING_SECRET=$secret exec java -cp 'target/classes:target/lib/*' peer.Peer \
  > "$work/bolt-java.log" 2>&1) &
pids+=($!)
sleep 5
# The bot's start-up catch-up (the first reminder and digest runs, which read every hire's items) goes on for tens of
# seconds after /healthz; measured through it, `status` shared two cores with one-time work that the peers do not
# have. So the measurement waits until the bot's CPU use settles, below a fifth of a core for two seconds running (at
# most 120 s), and the report says how long that took.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$bot/stat"; }
settle_start=$(date +%s); quiet=0; last_ticks=$(cpu_ticks)
while [ $quiet -lt 2 ] && [ $(( $(date +%s) - settle_start )) -lt 120 ]; do
  sleep 1; ticks=$(cpu_ticks)
  if [ $(( ticks - last_ticks )) -lt $(( $(getconf CLK_TCK) / 5 )) ]; then quiet=$((quiet + 1)); else quiet=0; fi
  last_ticks=$ticks
done
settled_s=$(( $(date +%s) - settle_start + 5 ))

# ---- signed status, one target after another ----
measure() { # name url -> "req/s p50 p99"
  SLACK_SIGNING_SECRET=$secret "$peers/loadtest.sh" "$2" 5 > /dev/null 2>&1
  SLACK_SIGNING_SECRET=$secret "$peers/loadtest.sh" "$2" "$seconds" > "$work/wrk-$1.txt" 2>&1
  awk '/Requests\/sec/ {r=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} END {print r, p50, p99}' "$work/wrk-$1.txt"
}
read -r bot_rps bot_p50 bot_p99 < <(measure bot http://127.0.0.1:3300/slack/events)
read -r js_rps js_p50 js_p99 < <(measure bolt-js http://127.0.0.1:3100/slack/events)
read -r java_rps java_p50 java_p99 < <(measure bolt-java http://127.0.0.1:3200/slack/events)

# ---- an admin's status over every hire, memory ----
admin_status() {
  local ts body sig
  ts=$(date +%s)
  body="token=x&team_id=T0TEST&user_id=U0ADMIN&command=%2Fonboarding&text=status&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1"
  sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"
  curl -s -o "$work/admin.json" -w '%{time_total}' -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" \
    --data "$body" http://127.0.0.1:3300/slack/events
}
# the first ask computes the summary from the database; the second, at once, is answered from the snapshot of it
admin_s=$(admin_status)
admin_again_s=$(admin_status)
admin_chars=$(python3 -c "import json,sys; print(len(json.load(open('$work/admin.json'))['text']))")
rss_mb=$(( $(ps -o rss= -p $bot) / 1024 ))
jcmd $bot GC.run > /dev/null
heap_used=$(jcmd $bot GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
cleanup; pids=() # the bot, the fake and the peers: nothing of this part runs on while the next part measures
}

ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }
cores=$(nproc)
machine="$(uname -m), $cores cores, $(java -version 2>&1 | head -1)"
# "Measured on ... under load ..." for a section, with the load average before and after its runs
measured() { # load-before
  local after=${2:-$(cut -d' ' -f1-3 /proc/loadavg)}
  echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC ($machine). Load average (1, 5, 15 min) before: $1; after: $after$(
    [ "$(python3 -c "print(int(max(float('${1%% *}'), float('${after%% *}')) > $cores))")" = 1 ] &&
    echo " — above the core count: other processes (other builds, or this benchmark's own bot, fake and drivers) competed for the CPU, so absolute figures are low and noisy").
Other processes may have run on this machine during the measurement."
}
# put_section NAME FILE: replaces the report's section between <!-- bench:NAME --> and <!-- /bench:NAME --> (or adds it)
put_section() {
  python3 - "$1" "$2" docs/benchmarks.md <<'PY'
import os, re, sys
name, fragment, report = sys.argv[1:]
body = open(fragment).read().rstrip("\n")
block = f"<!-- bench:{name} -->\n{body}\n<!-- /bench:{name} -->"
text = open(report).read() if os.path.exists(report) else "# Benchmarks\n"
# the placeholder of the rows measured since, up to the next section
text = re.sub(r"## Not measured yet\n.*?(?=\n## |\n<!-- |\Z)", "", text, flags=re.S)
pattern = re.compile(rf"<!-- bench:{name} -->.*?<!-- /bench:{name} -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: block, text)
else:
    text = text.rstrip("\n") + "\n\n" + block
open(report, "w").write(text.rstrip("\n") + "\n")
PY
}
bench_main() { "${driver_java[@]}" -Dsun.net.httpserver.nodelay=true -Xmx768m -cp "$cp" "dev.onboardingbuddy.bench.$1" "${@:2}" > "$work/$1.log" 2>&1 ||
  { echo "$1 failed; see $work/$1.log" >&2; tail -20 "$work/$1.log" >&2; return 1; }; }
goal() { python3 -c "import sys; print('met' if $1 else 'not met')"; }
mkdir -p docs
test -f docs/benchmarks.md || printf '# Benchmarks\n' > docs/benchmarks.md

if wants status; then
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  status_part
  cat > "$work/status.md" <<REPORT
$(measured "$load_before")

The bot runs the built jar as the README does (\`-Xmx512m -XX:TieredStopAtLevel=1\`, the class-data archive) on embedded H2 seeded with $hires active hires (10 of them managed by
U0MGR, who asks), against a fake Slack Web API on loopback ($latency ms round trip; its JVM runs with C1 only, as the bot's), with \`BACKUP_INTERVAL_HOURS=0\`
(the start-up backup of the seeded database would otherwise run through the measurement or not, by what ./backups holds). The bot is measured once
its start-up catch-up over every hire has settled (its CPU below a fifth of a core for 2 s): ${settled_s} s after its first healthy answer in this run. Each target gets a 5 s warm-up,
then ${seconds} s of \`wrk -t2 -c32\` replaying one signed \`/onboarding status\` (../shared/bench-peers/loadtest.sh).
The peers and wrk run on the same machine, so this part's own load shows in the load average.

## Signed \`status\`, acknowledged

| target | req/s | p50 | p99 | bot / target (req/s) |
| --- | ---: | ---: | ---: | ---: |
| Onboarding Buddy (status of 10 hires, from H2) | $bot_rps | $bot_p50 | $bot_p99 | 1.00 |
| Bolt for JS 5 (fixed text, no database) | $js_rps | $js_p50 | $js_p99 | $(ratio "$bot_rps" "$js_rps") |
| Bolt for Java 1.45.4 on Jetty (fixed text, no database) | $java_rps | $java_p50 | $java_p99 | $(ratio "$bot_rps" "$java_rps") |

Goals (not test assertions): ≥ 2× Bolt for JS, ≥ 0.5× Bolt for Java, p99 ≤ 15 ms.

## Big installation, memory, start

| what | measured |
| --- | --- |
| an admin's \`status\` over $hires hires (summary: totals and the 20 riskiest), first ask: computed from H2 | ${admin_s} s, ${admin_chars} characters |
| the same asked again at once (answered from the status snapshot, kept for 2 s after it was ready) | ${admin_again_s} s |
| resident set size after the runs above | ${rss_mb} MB |
| heap in use after a full GC | ${heap_used} |
| launch to first healthy \`/healthz\` (wall clock, H2 with $hires hires, polled every 20 ms) | ${healthy_ms} ms |
| the bot process's age when \`/healthz\` first answered 200 (with \`-XX:SharedArchiveFile=target/onboarding-buddy.jsa\`, as the README runs it) | ${process_age_ms} ms |
REPORT
  put_section status "$work/status.md"
fi

# ---- the outbox: drain, burst, takeover (each run a fresh database and a fresh bot, started by the driver) ----
per_channel=${BENCH_DRAIN_PER_CHANNEL:-5}
senders_note="OUTBOX_SENDERS=${OUTBOX_SENDERS:-32 (the default)}"
fake_note="The fake Slack (the test kit's FakeSlackApi, in the driver's JVM) enforces Slack's limits on
\`chat.postMessage\` itself and answers a post over them with 429, \`Retry-After\` and \`ratelimited\`, not posting it:
per channel at most 3 posts in any 3 s (about one a second, bursts of 3; 250 ms of slack for arrival jitter), and,
when the bot's budget is Slack's default, 600 posts per minute into the whole workspace. It does not limit
\`conversations.open\` (Slack: Tier 3, about 50+ per minute), which the bot calls once per DM it has not opened
since it started: the counts are in the tables, and against the real Slack they would be rate-limited. The driver's
JVM runs with C1 only (\`-XX:TieredStopAtLevel=1\`): it shares the cores with the bot, and its C2 compiler would take
CPU that a real Slack does not."

if wants drain; then
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  lifted_n=${BENCH_DRAIN_MESSAGES:-3000}
  default_n=${BENCH_DRAIN_DEFAULT_MESSAGES:-1200}
  rows=""
  for budget in 100000 600; do
    for lat in 0 50; do
      n=$([ $budget = 600 ] && echo "$default_n" || echo "$lifted_n")
      echo "drain: budget $budget/min, latency $lat ms, $n messages"
      bench_main DrainBench "$work/drain-$budget-$lat.env" "$lat" "$budget" "$n" "$per_channel"
      ( source "$work/drain-$budget-$lat.env"
        if [ "$budget" = 100000 ]; then
          label="lifted (100000/min; fake: per channel only)"
          g=$([ "$lat" = 50 ] && echo "≥ 200/s: $(goal "$per_s >= 200")" || echo "(none at 0 ms)")
        else
          label="default (600/min; fake: 600/min)"
          g="≥ 525/min and no 429: $(goal "$per_min >= 525 and $r429_channel + $r429_workspace == 0")"
        fi
        echo "| $label | $latency_ms ms | $messages to $channels DMs | $( [ "$all_delivered" = true ] && echo all || echo "only $distinct_keys" ), $duplicates duplicates | $per_s | $per_min | $busiest_minute | $max_channel_1s / $max_channel_3s / $max_channel_10s | $r429_channel / $r429_workspace | $opens | $g |"
      ) >> "$work/drain-rows.md"
    done
  done
  cat > "$work/drain.md" <<REPORT
## Drain rate

$(measured "$load_before")

A backlog of plain DMs is queued through the outbox repository (JdbiOutbox) into a fresh H2 database, message i to
user \`UD<i mod DMs>\` ($per_channel per DM, interleaved, so every claimed batch spans many DMs), then the built jar (JVM options as in the README) is
started (\`serve\`, $senders_note) and timed from its first post to its last. messages/s = (posts − 1) / (last − first
post). Per channel: the most posts one DM got in any 1 s / 3 s / 10 s (Slack allows about 1/s with bursts of 3; the
bot keeps to 3 in any 3 s). 429s: refused by the per-channel limit / by the workspace budget.

$fake_note

| budget | Slack latency | backlog | delivered | messages/s | messages/min | busiest minute | max per DM in 1 s / 3 s / 10 s | 429s (channel / workspace) | conversations.open | goal (not an assertion) |
| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
$(cat "$work/drain-rows.md")

Goals: budgets lifted and 50 ms of latency ≥ 200 messages/s; at the default budget ≥ 525/min with no 429.
REPORT
  put_section drain "$work/drain.md"
fi

if wants burst; then
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  burst_n=${BENCH_BURST_HIRES:-1000}
  burst_lat=${BENCH_BURST_LATENCY_MS:-0}
  burst_warm=${BENCH_BURST_WARM_UP:-200}
  for run in lifted-cold lifted-warm default; do
    case $run in
      lifted-cold) budget=100000; warm=0 ;;
      lifted-warm) budget=100000; warm=$burst_warm ;;
      default) budget=600; warm=0 ;;
    esac
    [ "$warm" = 0 ] && [ "$run" = lifted-warm ] && continue
    echo "burst: budget $budget/min, $burst_n hires, warm-up $warm"
    bench_main BurstBench "$work/burst-$run.env" "$burst_n" "$budget" "$burst_lat" "${BENCH_BURST_CONCURRENCY:-16}" "$warm"
    ( source "$work/burst-$run.env"
      case $run in
        lifted-cold) label="lifted (100000/min; fake: per channel only), the bot just started" ;;
        lifted-warm) label="lifted (100000/min; fake: per channel only), after $warm other hires enrolled the same way" ;;
        default) label="default (600/min; fake: 600/min), the bot just started" ;;
      esac
      if [ "$budget" = 100000 ]; then
        g="median ≤ 10 s: $(goal "$median_s <= 10"); last ≤ 30 s: $(goal "$last_s <= 30")"
      else
        g="last within 10 % of the bound: $(goal "$last_vs_bound_pct <= 110")"
      fi
      echo "| $label | $hires | $acked acked in $burst_s s, $try_again of them \"try again\" | $answers: $answer_median_s s / $answer_last_s s | $hires_with_dm | $median_s s | $p90_s s | $last_s s | $bound_s | $last_vs_bound_pct | $bound_all_s / $last_vs_bound_all_pct | $hire_dms_until_last / $other_posts_until_last | $r429_channel / $r429_workspace | $opens | $g |"
    ) >> "$work/burst-rows.md"
    zone_note=$(source "$work/burst-$run.env"; echo "$zone, where it was $local_time on $start_date")
  done
  cat > "$work/burst.md" <<REPORT
## Burst of enrolments

$(measured "$load_before")

A fresh H2 database and the built jar (JVM options as in the README, \`serve\`, \`ONBOARDING_ADMINS=U0ADMIN\`, $senders_note); once it is healthy,
${BENCH_BURST_CONCURRENCY:-16} callers send $burst_n signed slash commands \`/onboarding start <@UBH<i>> <@U0MGR>
backend-engineer DATE tz ZONE\` from the admin U0ADMIN as fast as the bot acknowledges them, with the fake's
\`response_url\`. Timed from the first command until each hire's first post in their DM (\`conversations.open\` gives
\`DBH<i>\` for \`UBH<i>\`). The bot runs on the real clock, so each run picks a whole-hour \`Etc/GMT\` zone where it is
a weekday between 10:00 and 17:00 and enrols the hires with that zone (\`tz\`) and today there as their start date: past
\`SEND_TIME\` (09:00) and inside the quiet hours (08:00-18:00), so the week-1 section is released and due at enrolment.
"Just started": the burst is the bot's first work after its first healthy answer, so its JIT compiles the enrolment
path during the burst (a quarter of the CPU, JFR). "After N other hires": N other hires (\`UWU<i>\`) are enrolled the
same way first and their first DMs awaited, as in a bot that has been running; the \`status\` part warms every target
up likewise. Last run: $zone_note. Fake Slack latency $burst_lat ms. The bound at a budget is hires ÷ (budget per second): the
time the budget allows for one post per hire; other posts the enrolments cause (counted) share the budget. "Enrolments
answered" is when the bot's answer to each command reached the fake's \`response_url\` (the enrolment was done and
its messages queued), from the first command. A command the bot could not take (no database connection within
\`DATABASE_CONNECTION_TIMEOUT_MS\`) is acknowledged with "try again" and not carried out: those hires get no DM, and
the run is not retried by the driver. Each hire of \`backend-engineer\` gets two DMs at enrolment (the
sections "Week 1" and "Relationship Building"), one after the other in their conversation, and both take turns of
the budget: hence the second bound, (every post up to the last first DM) ÷ (budget per second).

$fake_note

| budget | hires | commands | enrolments answered: median / last | hires with a DM | median first DM | p90 | last first DM | bound (s) | last ÷ bound (%) | bound for every post until then (s) / last ÷ it (%) | posts until the last first DM: hire DMs / others | 429s (channel / workspace) | conversations.open | goal (not an assertion) |
| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
$(cat "$work/burst-rows.md")

Goals: budgets lifted, median ≤ 10 s and last ≤ 30 s; at the default budget the last within 10 % of the bound.
REPORT
  put_section burst "$work/burst.md"
fi

if wants takeover; then
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  pg_url=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/buddy_bench}
  take_n=${BENCH_TAKEOVER_MESSAGES:-600}
  kill_pct=${BENCH_TAKEOVER_KILL_AT_PERCENT:-30}
  echo "takeover: $take_n messages on $pg_url"
  bench_main TakeoverBench "$work/takeover.env" "$pg_url" "${BENCH_POSTGRES_USER:-buddy}" \
    "${BENCH_POSTGRES_PASSWORD:-buddy}" "$take_n" 3 100000 "$kill_pct" 0
  (
    source "$work/takeover.env"
    echo "## Takeover after kill -9"
    echo
    measured "$load_before"
    echo
    if [ -n "${skipped:-}" ]; then
      echo "Not measured: $skipped. Set BENCH_POSTGRES_URL, BENCH_POSTGRES_USER and BENCH_POSTGRES_PASSWORD to a"
      echo "database of the benchmark's own (its public schema is dropped) and rerun \`bench/run.sh takeover\`."
    else
      cat <<REPORT
Two instances of the built jar (JVM options as in the README; A and B, $senders_note, budgets lifted: 100000/min each) on one PostgreSQL database
($pg_url: Quartz clustered, one outbox, \`OUTBOX_LEASE_SECONDS\` 15, the default), each with its own bot token so the
fake can tell their posts apart. A backlog of $messages DMs (3 per DM) is queued through the outbox repository
before they start; once $kill_pct % of it has been posted (and A has posted some), A gets SIGKILL
(\`Process.destroyForcibly\`). Timed from the kill until every message of the backlog has reached the fake; "exactly
once" counts the idempotency keys the bot puts into each post's metadata. Fake Slack latency $latency_ms ms.

$fake_note

| backlog | at the kill: posted / by A / leased (either instance) | kill → B's next post | kill → every message sent | posted by A / B | distinct keys / posts | duplicates | missing | conversations.history look-ups | 429s (channel / workspace) | goal (not an assertion) |
| ---: | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | --- |
| $messages | $posted_at_kill / $by_a_at_kill / $leased_at_kill | $kill_to_first_s s | $kill_to_last_s s | $by_a / $by_b | $distinct_keys / $posted | $duplicates | $missing | $history_lookups | $r429_channel / $r429_workspace | ≤ 30 s, each once: $(goal "$kill_to_last_s <= 30 and $duplicates == 0 and $missing == 0") |
REPORT
    fi
  ) > "$work/takeover.md"
  put_section takeover "$work/takeover.md"
fi
cat docs/benchmarks.md
