-- The main reads of the API in turn, each connection starting at a different one.
-- Usage: wrk -c 32 -d 20s --latency -s reads.lua http://localhost:8080
local paths = {
  "/api/articles?size=20",
  "/api/articles?text=facial%20AND%20recognition",
  "/api/stories?size=20",
  "/api/stories?sort=recency&minOutlets=2",
  "/api/outlets?size=20",
  "/api/outlets/express.co.uk",
  "/api/outlets/express.co.uk/similar",
  "/api/outlets/overlap?a=express.co.uk&b=morningstaronline.co.uk",
  "/api/campaigns",
  "/api/campaigns/uk-live-facial-recognition",
  "/api/campaigns/uk-live-facial-recognition/timeline?interval=month",
  "/api/network/outlets",
}

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
