/// Seconds per training iteration, once the NeuralNetwork target has its trainer.
///
/// Planned entries (ids shared with scripts/compare-with-numpy.py, which also leaves room for
/// them): "train-planar-2layer" — the planar data set's 2-layer model, 4 tanh hidden units,
/// m = 400; "train-deep-12288-20-7-5-1" — a [12288, 20, 7, 5, 1] ReLU/sigmoid model on m = 209
/// random examples. Each measures one forward + backward + update with the median of several
/// runs, as the other workloads do. None is listed until it measures the real trainer.
enum TrainingWorkloads {
    static var all: [Workload] { [] }
}
