-- A figure imported with its published value (PublishedFigureNotedEvent) keeps it on the version it was imported
-- with, beside what that version's components give and whether the two disagree beyond the metric's rounding.
-- Empty for every version stored without one, so existing rows need no replay.
alter table read_model.figure_version
    add column published_value numeric,
    add column computed_value  numeric,
    add column discrepancy     boolean;
