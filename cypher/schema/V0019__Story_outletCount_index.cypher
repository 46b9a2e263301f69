// The number of stories covered by at least so many outlets, counted from this index (story-count).
CREATE INDEX story_outlet_count IF NOT EXISTS FOR (s:Story) ON (s.outletCount);
