import Glibc

/// Nanoseconds on CLOCK_MONOTONIC: deadlines must not jump when the wall clock is set.
public enum MonotonicClock {
    @inline(__always)
    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    public static func seconds(_ s: Double) -> UInt64 { UInt64(max(0, s) * 1_000_000_000) }
}

/// Wall-clock seconds since the epoch, for Date headers and logs.
public enum WallClock {
    public static func now() -> Int { Int(time(nil)) }
}
