import Progress

/// What the executable does before parsing its arguments.
public enum Startup {
    public static func prepare() {
        StandardStreams.prepare()
        // Temporaries of a writer killed mid-save (kill -9, power loss) go at the next start.
        ProgressStore.inHome()?.removeStaleTemporaries()
    }
}
