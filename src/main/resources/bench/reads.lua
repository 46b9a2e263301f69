-- The main reads of the API in turn, from a file of paths (one per line, named by READS_PATHS),
-- each connection starting at a different one. src/bench/http-load.sh and bench's steady stream write the file.
local paths = {}
for line in io.lines(os.getenv("READS_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("next", counter)
end

function init(args)
  next = next or 1
end

request = function()
  local path = paths[(next % #paths) + 1]
  next = next + 1
  return wrk.format("GET", path)
end
