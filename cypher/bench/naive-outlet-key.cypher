CREATE CONSTRAINT naive_outlet_domain IF NOT EXISTS FOR (o:NaiveOutlet) REQUIRE o.domain IS UNIQUE
