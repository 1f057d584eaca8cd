package dev.reckon.markdown.page;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A parser factory that need run neither before nor after any other and changes nothing beyond the
 * nodes it makes: what flexmark asks of every factory, answered once.
 */
public interface Independent extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
