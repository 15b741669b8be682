-- A plan or actual may be given as documents print it (ADR 15): a rate per 100,000, a percentage or a mean, without
-- the components that define it (or, for a standardised rate, beside its count). Null for every version given by
-- its components, which is every version stored before, so existing rows need no replay.
alter table read_model.figure_version
    add column rate    numeric,
    add column percent numeric,
    add column mean    numeric;
