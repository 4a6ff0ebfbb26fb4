-- wrk script: paces each wrk thread to RATE / THREADS requests per second, so the offered load is RATE req/s as
-- long as the thread's connections are not all busy (plain wrk 4.1 has no -R rate flag). Each call of delay()
-- books the thread's next slot on a fixed schedule and waits until it, read from gettimeofday through LuaJIT's FFI
-- (wrk's Lua has no millisecond clock of its own). Usage: wrk -t T -c C -s paced.lua URL -- RATE T
local ffi = require("ffi")
ffi.cdef [[
struct capacity_timeval { long tv_sec; long tv_usec; };
int gettimeofday(struct capacity_timeval *tv, void *tz);
]]
local tv = ffi.new("struct capacity_timeval")

local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local interval
local next_due

function init(args)
  local rate = tonumber(args[1])
  local threads = tonumber(args[2])
  interval = 1000 * threads / rate
end

function delay()
  local t = now_ms()
  if next_due == nil or next_due < t - 1000 then
    -- the first request, or a stall of over a second: start the schedule again from now rather than burst
    next_due = t
  end
  next_due = next_due + interval
  local d = next_due - t
  if d < 0 then
    return 0
  end
  return d
end
