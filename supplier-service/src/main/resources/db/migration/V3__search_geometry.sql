-- Search geometry, computed once per supplier instead of once per query and row: the unit vector of
-- the supplier's position and the cosine of its delivery radius as an angle. A point lies within the
-- radius exactly when the dot product of the two unit vectors is at least that cosine, which costs
-- three multiplications instead of the haversine's trigonometry.
alter table supplier
    add column geo_x     double precision generated always as
        (cos(radians(latitude::float8)) * cos(radians(longitude::float8))) stored,
    add column geo_y     double precision generated always as
        (cos(radians(latitude::float8)) * sin(radians(longitude::float8))) stored,
    add column geo_z     double precision generated always as (sin(radians(latitude::float8))) stored,
    add column reach_cos double precision generated always as
        (cos(least(delivery_radius_km / 6371.0088, pi()))) stored;
