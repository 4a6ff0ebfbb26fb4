package io.capacity.planner.json;

/** A result that renders itself as a tree of maps, lists and values for {@link Json}. */
public interface JsonWritable {
    /** The value as maps, lists, numbers, strings and nested {@code JsonWritable}s. */
    Object jsonTree();

    default String toJson() {
        return Json.write(this);
    }
}
