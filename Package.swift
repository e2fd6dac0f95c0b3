// swift-tools-version: 6.1
//
// usagetop — `top` for OpenAI API spend. See README.md and ../shared/DESIGN.md §1 for the
// module layout; dependency arrows point down only:
//
//   usagetop ─▶ TermCurses ─▶ TermUI ─▶ CTermSupport
//            ─▶ Dashboard  ─▶ TermUI, UsageCore
//   usagetop-sim ─▶ UsageSim (never imports UsageCore, so a client bug cannot hide behind a shared model)
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "usagetop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "usagetop", targets: ["usagetop"]),
        .executable(name: "usagetop-sim", targets: ["usagetop-sim"]),
        .executable(name: "usagetop-bench", targets: ["usagetop-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: - C
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "CTermSupport",
            cSettings: [.define("_GNU_SOURCE")]
        ),

        // MARK: - Core and simulator
        .target(
            name: "UsageCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "UsageSim",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Terminal UI
        .target(
            name: "TermUI",
            dependencies: ["CTermSupport"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Dashboard",
            dependencies: ["UsageCore", "TermUI"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TermCurses",
            dependencies: ["TermUI", "CNCursesW", "CTermSupport"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Executables
        .executableTarget(
            name: "usagetop",
            dependencies: [
                "UsageCore", "UsageSim", "TermUI", "Dashboard", "TermCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "usagetop-sim",
            dependencies: [
                "UsageSim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "usagetop-bench",
            dependencies: [
                "UsageCore", "UsageSim", "TermUI", "Dashboard",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests
        .target(
            name: "TestSupport",
            dependencies: ["TermUI"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UsageCoreTests",
            dependencies: [
                "UsageCore", "UsageSim", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UsageSimTests",
            dependencies: ["UsageSim", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TermUITests",
            dependencies: ["TermUI", "TestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "UsageCore", "TermUI", "TestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TermCursesTests",
            dependencies: ["TermCurses", "TermUI", "TestSupport", "CNCursesW", "CTermSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
