/// A point in time as the Admin API writes it: whole seconds since 1970-01-01 00:00:00 UTC.
///
/// Every timestamp in the OpenAI Admin API (`start_time`, `end_time`, `created_at`,
/// `last_used_at`, `expires_at`, …) is an integer in this unit. usagetop keeps that unit
/// everywhere instead of `Date`, so a value read from the API, stored in the cache and shown
/// on screen is never converted through floating point.
public typealias UnixSeconds = Int64
