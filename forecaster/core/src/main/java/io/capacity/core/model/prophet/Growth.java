package io.capacity.core.model.prophet;

/** Shape of the trend: unbounded piecewise-linear, or a piecewise logistic curve that saturates at a cap. */
public enum Growth {
    LINEAR, LOGISTIC
}
