package io.github.councilplan.examples;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.json.PlanJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Queries over plans that several tests share. */
final class TestSupport {
    private static final Set<Class<?>> LEAF_VALUES =
            Set.of(ReportingPeriod.class, DisplayNumber.class, ElementId.class, Extensions.class, PeriodRange.class);

    private TestSupport() {}

    /** Returns every element of the plan by id; fails if an id is used twice. */
    static Map<String, PlanElement> byId(Plan plan) {
        Map<String, PlanElement> byId = new LinkedHashMap<>();
        for (PlanElement element : plan.elements()) {
            PlanElement earlier = byId.putIfAbsent(element.id().value(), element);
            if (earlier != null) {
                throw new AssertionError("id '" + element.id() + "' is used by both " + earlier.describe()
                        + " and " + element.describe());
            }
        }
        return byId;
    }

    /**
     * Returns every {@link Text} reachable from {@code root} through the public accessors of the
     * model's types, such as a plan's title, a signatory's role or a link's note.
     */
    static List<Text> allTexts(Object root) {
        List<Text> texts = new ArrayList<>();
        collect(root, Collections.newSetFromMap(new IdentityHashMap<>()), texts);
        return texts;
    }

    private static void collect(Object value, Set<Object> seen, List<Text> texts) {
        if (value instanceof Text) {
            texts.add((Text) value);
        } else if (value instanceof Optional) {
            ((Optional<?>) value).ifPresent(present -> collect(present, seen, texts));
        } else if (value instanceof Collection) {
            ((Collection<?>) value).forEach(item -> collect(item, seen, texts));
        } else if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((key, item) -> {
                collect(key, seen, texts);
                collect(item, seen, texts);
            });
        } else if (value != null && isComposite(value) && seen.add(value)) {
            for (Method accessor : publicType(value.getClass()).getMethods()) {
                if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
                        && accessor.getDeclaringClass() != Object.class && accessor.getReturnType() != void.class) {
                    collect(invoke(accessor, value), seen, texts);
                }
            }
        }
    }

    private static boolean isComposite(Object value) {
        return value.getClass().getPackageName().equals(Plan.class.getPackageName())
                && !(value instanceof Enum)
                && LEAF_VALUES.stream().noneMatch(leaf -> leaf.isInstance(value));
    }

    private static Class<?> publicType(Class<?> type) {
        Class<?> c = type;
        while (!Modifier.isPublic(c.getModifiers())) {
            c = c.getSuperclass();
        }
        return c;
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot call " + accessor, e);
        }
    }

    /**
     * Returns, for every lead-in of the plan (its elements' and its purpose's), where it is and the
     * list it introduces, whose items the document holds: {@code "t-1.outcomes"} to its outcomes.
     */
    static Map<String, JsonNode> leadInLists(Plan plan) {
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        for (PlanElement element : plan.elements()) {
            JsonNode node = PlanJson.standard().mapper().valueToTree(element);
            element.leadIns().keySet().forEach(list -> lists.put(element.id() + "." + list, node.path(list)));
        }
        plan.purpose().ifPresent(purpose -> {
            JsonNode node = PlanJson.standard().mapper().valueToTree(purpose);
            purpose.leadIns().keySet().forEach(list -> lists.put("purpose." + list, node.path(list)));
        });
        return lists;
    }
}
