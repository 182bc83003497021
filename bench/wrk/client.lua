-- Every request from a random X-Forwarded-For address of 60,000 (the
-- server runs with GONGDAO_TRUST_PROXY=1), so the per-client rate limits
-- are paid for but do not turn the benchmark into a count of 429s. Not a
-- new address each time: the limits hold at most 100,000 addresses per
-- window and count further new ones together (case/window.rs), which the
-- chat passed within a 10 s run once it answered 13,000 a second.
local counter = 0
local threads = {}
-- thread_id is a global set by setup() in each thread's own Lua state.
thread_id = 0

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + thread_id)
  body_kind = args[1]
end

local function address()
  return string.format("10.%d.%d.1", math.random(0, 239), math.random(0, 249))
end

function request()
  counter = counter + 1
  local headers = { ["X-Forwarded-For"] = address() }
  if body_kind == "compressed" then
    -- What every phone sends.
    headers["Accept-Encoding"] = "gzip, deflate, br"
  end
  if body_kind == "chat" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", nil, headers, '{"lang":"zh","message":"老板拖欠工资不给怎么办？"}')
  elseif body_kind == "appeal" then
    headers["Content-Type"] = "application/json"
    local key = string.format("bench-%d-%09d-%08d", thread_id, counter, math.random(0, 99999999))
    return wrk.format("POST", nil, headers, string.format(
      '{"lang":"zh","category":"drinking-water","village":"v-hegu",' ..
      '"description":"村里的水井已经干了三天，全村人没水喝。","phone":"138 1234 5678","idempotency_key":"%s"}', key))
  end
  return wrk.format("GET", nil, headers)
end
