/// The version `backprop --version` prints.
public enum BackpropVersion {
    public static let current = "0.1.0"
}
