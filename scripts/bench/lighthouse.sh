#!/usr/bin/env bash
# A Lighthouse mobile run (default mobile throttling) against the release build, served on
# 127.0.0.1 with Debian's Chromium. Prints the four category scores and FCP, LCP, TBT and CLS
# for each path given (default: the home page and the tracker).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port=4190
CHROMIUM_FLAGS="${CHROMIUM_FLAGS:---no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync}"

lock_sum=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$here/node_modules/.lock-sum" 2>/dev/null || true)" != "$lock_sum" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
  echo "$lock_sum" > "$here/node_modules/.lock-sum"
fi

node "$root/scripts/serve.mjs" "$root/dist" --port "$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

out="$root/bench-results"
mkdir -p "$out"
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/ /tracker)
for path in "${paths[@]}"; do
  report="$out/lighthouse$(echo "$path" | tr '/' '-').json"
  CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" \
    --quiet --output=json --output-path="$report" \
    --chrome-flags="--headless=new $CHROMIUM_FLAGS" \
    --form-factor=mobile --throttling-method=simulate

  node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const c = r.categories, a = r.audits;
const score = (k) => Math.round(c[k].score * 100);
console.log("Lighthouse " + r.lighthouseVersion + ", mobile, simulated throttling: " + process.argv[2]);
console.log(`performance ${score("performance")}  accessibility ${score("accessibility")}  best-practices ${score("best-practices")}  seo ${score("seo")}`);
for (const [name, id] of [["FCP", "first-contentful-paint"], ["LCP", "largest-contentful-paint"], ["TBT", "total-blocking-time"], ["CLS", "cumulative-layout-shift"]])
  console.log(`${name} ${a[id].displayValue}`);
' "$report" "$path"
done
