-- wrk script for VotingBenchmark (b): each line of $VOTES_FILE is one vote to send,
-- "cookie<TAB>csrf-token<TAB>path". Thread i of $VOTES_THREADS sends lines i, i+n, ...
-- once each and stops when all are answered, writing $VOTES_DONE.<thread>. A connection
-- with nothing left to send asks for /actuator/health every 100 ms meanwhile (answered
-- 200, not counted as a vote); if 24 such answers come before every vote is answered, the
-- thread stops anyway and done() reports the votes never answered. done() prints what the
-- benchmark parses.
local threads = {}
local count = tonumber(os.getenv("VOTES_THREADS"))

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  votes = {}
  local n = 0
  for line in io.lines(os.getenv("VOTES_FILE")) do
    if n % count == tid then
      local cookie, csrf, path = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)")
      table.insert(votes, wrk.format("POST", path, {
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
        ["Cookie"] = cookie,
        ["X-CSRF-TOKEN"] = csrf,
        ["Idempotency-Key"] = "wrk-" .. n
      }, '{"choice": "FOR"}'))
    end
    n = n + 1
  end
  idle = wrk.format("GET", "/actuator/health")
  sent = 0
  ok = 0
  failed = 0
  idle_answered = 0
  unanswered = #votes
  if tid == 0 then
    -- wrk calls request() once on the first thread's state to check what it builds,
    -- without sending it: let that call take the idle request, not a vote
    sent = -1
  end
end

function request()
  sent = sent + 1
  return votes[sent] or idle
end

function delay()
  if sent >= #votes then
    return 100
  end
  return 0
end

function response(status, headers, body)
  if status == 201 then
    ok = ok + 1
  elseif status == 200 then
    idle_answered = idle_answered + 1
  else
    failed = failed + 1
  end
  unanswered = #votes - ok - failed
  if (unanswered <= 0 or idle_answered >= 24) and not finished then
    -- wrk itself runs for its whole -d; the benchmark watches for these files, takes the
    -- time and stops wrk with SIGINT, which makes it report
    finished = true
    local marker = io.open(os.getenv("VOTES_DONE") .. "." .. tid, "w")
    marker:write("done\n")
    marker:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local ok, failed = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("ok")
    failed = failed + thread:get("failed") + thread:get("unanswered")
  end
  io.write(string.format("WRK votes=%d failed=%d requests=%d duration_us=%d socket_errors=%d p50_us=%d p99_us=%d\n",
    ok, failed, summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
