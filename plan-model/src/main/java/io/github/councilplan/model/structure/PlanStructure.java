package io.github.councilplan.model.structure;

import static io.github.councilplan.model.structure.ValueType.BOOLEAN;
import static io.github.councilplan.model.structure.ValueType.DATE;
import static io.github.councilplan.model.structure.ValueType.DECIMAL;
import static io.github.councilplan.model.structure.ValueType.DISPLAY_NUMBER;
import static io.github.councilplan.model.structure.ValueType.EXTENSIONS;
import static io.github.councilplan.model.structure.ValueType.ID;
import static io.github.councilplan.model.structure.ValueType.LANGUAGES;
import static io.github.councilplan.model.structure.ValueType.LEAD_INS;
import static io.github.councilplan.model.structure.ValueType.OBJECT;
import static io.github.councilplan.model.structure.ValueType.OBJECT_LIST;
import static io.github.councilplan.model.structure.ValueType.PERIOD;
import static io.github.councilplan.model.structure.ValueType.PLAN_DATE;
import static io.github.councilplan.model.structure.ValueType.REFERENCE;
import static io.github.councilplan.model.structure.ValueType.REFERENCES;
import static io.github.councilplan.model.structure.ValueType.SCHEMA_VERSION;
import static io.github.councilplan.model.structure.ValueType.STRING;
import static io.github.councilplan.model.structure.ValueType.TEXT;
import static io.github.councilplan.model.structure.ValueType.TEXT_LIST;
import static io.github.councilplan.model.structure.ValueType.URI;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.ExtensionUse;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.ItemList;
import io.github.councilplan.model.LevelNames;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.ListItem;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.MetricReference;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.RollUpMethod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of a plan document, described once: every kind of object a document holds (the
 * plan, its elements, and the values inside them), each with its properties in document order,
 * the type of each property, which are required, which property an element is known by, and which
 * properties hold or name other elements.
 *
 * <p>Everything that walks a plan takes its structure from here: the model's
 * {@link PlanElement#children()} and its sibling checks, the validator's plan rules (element
 * lists, text in every language, dates, references), the edition diff's fields and the
 * renderings. A test holds the JSON Schema of the format and the model's JSON properties to this
 * description, so a new field is added in three places that are checked against each other: the
 * schema, the model and here. The code through which the structure and the JSON binder call the
 * model (the package {@code io.github.councilplan.model.access}) is generated from this
 * description and held to it by a test, which says how to write it again after a change.
 *
 * <p>The class is immutable and thread-safe.
 */
public final class PlanStructure {
    private static final Map<String, ObjectShape> SHAPES = new LinkedHashMap<>();
    /** {@link #SHAPES}, each in the Optional that {@link #named} returns, made once. */
    private static final Map<String, Optional<ObjectShape>> NAMED = new HashMap<>();
    private static final Map<ElementKind, ObjectShape> BY_KIND = new EnumMap<>(ElementKind.class);
    private static final Map<Class<?>, ObjectShape> BY_TYPE = new LinkedHashMap<>();

    static {
        shape("plan", Plan.class, ElementKind.PLAN,
                Property.of("schemaVersion", SCHEMA_VERSION).required(),
                Property.of("id", ID).required(),
                Property.of("title", TEXT).required().wording(),
                Property.object("organisation", OBJECT, "organisation").required(),
                Property.object("period", OBJECT, "periodRange").required(),
                Property.of("published", PLAN_DATE),
                Property.object("edition", OBJECT, "edition"),
                Property.of("languages", LANGUAGES),
                Property.of("partialLanguages", LANGUAGES),
                Property.object("levelNames", OBJECT, "levelNames"),
                Property.references("overseenBy", REFERENCES, ElementKind.OWNER),
                Property.object("relatedPlans", OBJECT_LIST, "relatedPlan"),
                Property.object("extensionsUsed", OBJECT_LIST, "extensionUse"),
                Property.<Plan>element("vision", ElementKind.STATEMENT, "statement", Plan::vision),
                Property.of("leadIns", LEAD_INS),
                Property.<Plan>elements("statements", ElementKind.STATEMENT, "statement", Plan::statements),
                Property.object("purpose", OBJECT, "purpose"),
                Property.<Plan>elements("values", ElementKind.VALUE, "sharedValue", Plan::values),
                Property.<Plan>elements("principles", ElementKind.PRINCIPLE, "principle", Plan::principles),
                Property.<Plan>elements("themes", ElementKind.THEME, "theme", Plan::themes),
                Property.<Plan>elements("measures", ElementKind.MEASURE, "measure", Plan::measures),
                Property.<Plan>elements("owners", ElementKind.OWNER, "owner", Plan::owners),
                Property.<Plan>elements("partners", ElementKind.PARTNER, "partner", Plan::partners),
                Property.object("links", OBJECT_LIST, "link"),
                Property.object("otherNames", OBJECT_LIST, "alternativeName"),
                Property.object("provenance", OBJECT, "provenance"),
                Property.object("references", OBJECT_LIST, "externalReference"),
                Property.of("extensions", EXTENSIONS));
        value("organisation", Organisation.class,
                Property.of("name", TEXT).required(),
                Property.of("code", STRING),
                Property.of("gssCode", STRING),
                Property.of("orgId", STRING));
        value("periodRange", PeriodRange.class,
                Property.of("start", PERIOD).required(),
                Property.of("end", PERIOD).required());
        value("edition", Edition.class,
                Property.of("name", STRING).required(),
                Property.enumeration("status", EditionStatus.class).required(),
                Property.of("adoptedOn", DATE),
                Property.object("decision", OBJECT, "decision"),
                Property.of("supersedes", STRING),
                Property.object("supersededBy", OBJECT, "supersession"));
        value("supersession", Supersession.class,
                Property.of("edition", STRING).required(),
                Property.of("on", DATE),
                Property.object("decision", OBJECT, "decision"));
        value("decision", Decision.class,
                Property.of("body", TEXT),
                Property.of("date", DATE),
                Property.of("reference", STRING),
                Property.of("uri", URI));
        List<Property> levelNames = new ArrayList<>();
        for (ElementKind kind : ElementKind.values()) {
            if (kind != ElementKind.PLAN) {
                levelNames.add(Property.of(LevelNames.propertyName(kind), TEXT));
            }
        }
        value("levelNames", LevelNames.class, levelNames.toArray(new Property[0]));
        value("relatedPlan", RelatedPlan.class,
                Property.of("id", ID).required(),
                Property.enumeration("relation", PlanRelation.class),
                Property.of("title", TEXT),
                Property.of("uri", URI));
        value("extensionUse", ExtensionUse.class,
                Property.of("name", ID).required(),
                Property.of("version", ID).required(),
                Property.of("schema", URI));
        element(ElementKind.STATEMENT, "statement", Statement.class,
                Property.of("heading", TEXT).wording(),
                Property.object("body", OBJECT_LIST, "block").required(),
                Property.object("signatories", OBJECT_LIST, "signatory"));
        value("block", Block.class,
                Property.of("paragraph", TEXT),
                Property.of("list", TEXT_LIST),
                Property.of("numbered", BOOLEAN));
        value("signatory", Signatory.class,
                Property.of("name", STRING).required(),
                Property.of("role", TEXT));
        value("purpose", Purpose.class,
                Property.of("introduction", TEXT),
                Property.of("leadIns", LEAD_INS),
                Property.of("statements", TEXT_LIST).required(),
                Property.of("approaches", TEXT_LIST));
        element(ElementKind.VALUE, "sharedValue", SharedValue.class,
                Property.of("name", TEXT).required().wording(),
                Property.of("leadIns", LEAD_INS),
                Property.of("behaviours", TEXT_LIST));
        element(ElementKind.PRINCIPLE, "principle", Principle.class,
                Property.of("name", TEXT).required().wording(),
                Property.of("description", TEXT));
        element(ElementKind.THEME, "theme", Theme.class,
                Property.of("name", TEXT).wording(),
                Property.of("description", TEXT),
                Property.references("owners", REFERENCES, ElementKind.OWNER),
                Property.object("levelNames", OBJECT, "levelNames"),
                Property.of("leadIns", LEAD_INS),
                Property.<Theme>elements("outcomes", ElementKind.OUTCOME, "outcome", Theme::outcomes),
                Property.<Theme>elements("objectives", ElementKind.OBJECTIVE, "objective", Theme::objectives),
                Property.<Theme>elements("priorities", ElementKind.PRIORITY, "priority", Theme::priorities),
                Property.<Theme>elements("deliverables", ElementKind.DELIVERABLE, "deliverable", Theme::deliverables),
                Property.<Theme>elements("commitments", ElementKind.COMMITMENT, "commitment", Theme::commitments),
                Property.<Theme>elements("lists", ElementKind.LIST, "itemList", Theme::lists));
        element(ElementKind.OUTCOME, "outcome", Outcome.class,
                Property.of("statement", TEXT).required().wording(),
                Property.of("by", PLAN_DATE),
                Property.of("longTerm", BOOLEAN));
        element(ElementKind.OBJECTIVE, "objective", Objective.class, work(
                Property.<Objective>elements("outcomes", ElementKind.OUTCOME, "outcome", Objective::outcomes),
                Property.<Objective>elements("priorities", ElementKind.PRIORITY, "priority", Objective::priorities),
                Property.<Objective>elements("deliverables", ElementKind.DELIVERABLE, "deliverable",
                        Objective::deliverables),
                Property.<Objective>elements("lists", ElementKind.LIST, "itemList", Objective::lists),
                Property.<Objective>elements("milestones", ElementKind.MILESTONE, "milestone", Objective::milestones)));
        element(ElementKind.PRIORITY, "priority", Priority.class, work(
                Property.<Priority>elements("outcomes", ElementKind.OUTCOME, "outcome", Priority::outcomes),
                Property.<Priority>elements("deliverables", ElementKind.DELIVERABLE, "deliverable",
                        Priority::deliverables),
                Property.<Priority>elements("lists", ElementKind.LIST, "itemList", Priority::lists),
                Property.<Priority>elements("milestones", ElementKind.MILESTONE, "milestone", Priority::milestones)));
        element(ElementKind.DELIVERABLE, "deliverable", Deliverable.class, work(
                Property.<Deliverable>elements("outcomes", ElementKind.OUTCOME, "outcome", Deliverable::outcomes),
                Property.<Deliverable>elements("lists", ElementKind.LIST, "itemList", Deliverable::lists),
                Property.<Deliverable>elements("milestones", ElementKind.MILESTONE, "milestone",
                        Deliverable::milestones)));
        element(ElementKind.COMMITMENT, "commitment", Commitment.class,
                Property.of("text", TEXT).required().wording());
        element(ElementKind.LIST, "itemList", ItemList.class,
                Property.of("title", TEXT).required().wording(),
                Property.<ItemList>elements("items", ElementKind.ITEM, "listItem", ItemList::items));
        element(ElementKind.ITEM, "listItem", ListItem.class,
                Property.of("text", TEXT).required().wording());
        element(ElementKind.MILESTONE, "milestone", Milestone.class,
                Property.of("title", TEXT).required().wording(),
                Property.of("due", PLAN_DATE).required(),
                Property.of("forecast", PLAN_DATE),
                Property.of("achieved", PLAN_DATE),
                Property.enumeration("status", ProgressStatus.class),
                Property.of("longTerm", BOOLEAN));
        value("progressUpdate", ProgressUpdate.class,
                Property.of("period", PERIOD).required(),
                Property.enumeration("status", ProgressStatus.class).required(),
                Property.of("commentary", TEXT));
        element(ElementKind.MEASURE, "measure", Measure.class,
                Property.of("name", TEXT).required().wording(),
                Property.of("description", TEXT),
                Property.of("unit", STRING),
                Property.enumeration("direction", Direction.class),
                Property.enumeration("frequency", PeriodType.class),
                Property.enumeration("rollUp", RollUpMethod.class),
                Property.of("ratioPer", DECIMAL),
                Property.object("baseline", OBJECT, "observation"),
                Property.object("targets", OBJECT_LIST, "target"),
                Property.object("actuals", OBJECT_LIST, "observation"),
                Property.object("assessments", OBJECT_LIST, "assessment"),
                Property.object("tolerance", OBJECT, "tolerance"),
                Property.of("source", TEXT),
                Property.object("metrics", OBJECT_LIST, "metricReference"),
                Property.references("owners", REFERENCES, ElementKind.OWNER),
                Property.of("longTerm", BOOLEAN));
        value("metricReference", MetricReference.class,
                Property.of("scheme", STRING).required(),
                Property.of("id", STRING).required(),
                Property.of("uri", URI),
                Property.of("title", TEXT),
                Property.enumeration("polarity", Polarity.class));
        value("target", Target.class,
                Property.of("period", PERIOD),
                Property.of("value", DECIMAL),
                Property.of("text", TEXT),
                Property.object("revisions", OBJECT_LIST, "targetRevision"));
        value("targetRevision", TargetRevision.class,
                Property.of("date", DATE).required(),
                Property.of("value", DECIMAL),
                Property.of("text", TEXT),
                Property.of("withdrawn", BOOLEAN),
                Property.object("decision", OBJECT, "decision").required(),
                Property.of("reason", TEXT),
                Property.of("afterPeriodClosed", BOOLEAN));
        value("observation", Observation.class,
                Property.of("period", PERIOD),
                Property.of("asAt", DATE),
                Property.of("value", DECIMAL),
                Property.of("numerator", DECIMAL),
                Property.of("denominator", DECIMAL),
                Property.of("text", TEXT));
        value("assessment", Assessment.class,
                Property.of("period", PERIOD).required(),
                Property.enumeration("status", RagState.class),
                Property.of("reason", TEXT),
                Property.of("forecast", DECIMAL),
                Property.enumeration("forecastStatus", RagState.class),
                Property.of("commentary", TEXT));
        value("tolerance", Tolerance.class,
                Property.of("absolute", DECIMAL),
                Property.of("percent", DECIMAL));
        element(ElementKind.OWNER, "owner", Owner.class,
                Property.of("name", TEXT).required().wording(),
                Property.enumeration("type", OwnerType.class),
                Property.of("holder", STRING),
                Property.references("accountableTo", REFERENCES, ElementKind.OWNER));
        element(ElementKind.PARTNER, "partner", Partner.class,
                Property.of("name", TEXT).required().wording(),
                Property.of("description", TEXT));
        value("link", Link.class,
                Property.of("from", REFERENCE).required(),
                Property.enumeration("kind", LinkKind.class).required(),
                Property.of("to", REFERENCE).required(),
                Property.of("toPlan", ID),
                Property.of("note", TEXT));
        value("externalReference", ExternalReference.class,
                Property.of("system", STRING).required(),
                Property.of("key", STRING),
                Property.of("uri", URI),
                Property.of("title", TEXT));
        value("alternativeName", AlternativeName.class,
                Property.of("name", TEXT).required(),
                Property.of("note", TEXT));
        value("provenance", Provenance.class,
                Property.of("document", TEXT),
                Property.of("page", STRING),
                Property.of("uri", URI),
                Property.of("quote", TEXT));
        check();
    }

    private PlanStructure() {}

    /** The properties every piece of work has, around the lists of its own level. */
    private static Property[] work(Property... lists) {
        List<Property> properties = new ArrayList<>(List.of(
                Property.of("title", TEXT).required().wording(),
                Property.of("description", TEXT),
                Property.references("owners", REFERENCES, ElementKind.OWNER),
                Property.of("start", PLAN_DATE),
                Property.of("end", PLAN_DATE),
                Property.of("longTerm", BOOLEAN),
                Property.of("leadIns", LEAD_INS)));
        properties.addAll(Arrays.asList(lists));
        properties.add(Property.object("progress", OBJECT_LIST, "progressUpdate"));
        return properties.toArray(new Property[0]);
    }

    /** An element: its id, number and level name, its own properties, then what every element has. */
    private static void element(ElementKind kind, String name, Class<?> type, Property... own) {
        List<Property> properties = new ArrayList<>(List.of(
                Property.of("id", ID).required(),
                Property.of("number", DISPLAY_NUMBER),
                Property.of("levelName", TEXT)));
        properties.addAll(Arrays.asList(own));
        properties.add(Property.object("otherNames", OBJECT_LIST, "alternativeName"));
        properties.add(Property.object("provenance", OBJECT, "provenance"));
        properties.add(Property.object("references", OBJECT_LIST, "externalReference"));
        properties.add(Property.of("extensions", EXTENSIONS));
        shape(name, type, kind, properties.toArray(new Property[0]));
    }

    private static void value(String name, Class<?> type, Property... properties) {
        shape(name, type, null, properties);
    }

    private static void shape(String name, Class<?> type, ElementKind kind, Property... properties) {
        List<Property> read = new ArrayList<>(properties.length);
        for (Property property : properties) {
            read.add(property.readBy(Accessors.of(type, property.name())));
        }
        ObjectShape shape = new ObjectShape(name, type, kind, read);
        SHAPES.put(name, shape);
        NAMED.put(name, Optional.of(shape));
        BY_TYPE.put(type, shape);
        if (kind != null) {
            BY_KIND.put(kind, shape);
        }
    }

    /** Fails at class initialisation if the description names a shape it does not describe. */
    private static void check() {
        if (BY_KIND.size() != ElementKind.values().length) {
            throw new IllegalStateException("every kind of element needs a shape: " + BY_KIND.keySet());
        }
        for (ObjectShape shape : SHAPES.values()) {
            for (Property property : shape.properties()) {
                if (property.shape().isPresent() && !SHAPES.containsKey(property.shape().get())) {
                    throw new IllegalStateException(shape + "." + property.name() + ": no shape '"
                            + property.shape().get() + "'");
                }
            }
        }
    }

    /**
     * Returns every shape of the format, the plan first, in the order they are described.
     *
     * @return an unmodifiable list, not null
     */
    public static List<ObjectShape> shapes() {
        return List.copyOf(SHAPES.values());
    }

    /**
     * Returns the shape of the plan, the document's root.
     *
     * @return the shape, not null
     */
    public static ObjectShape plan() {
        return BY_KIND.get(ElementKind.PLAN);
    }

    /**
     * Returns the shape of a kind of element.
     *
     * @param kind the kind, not null
     * @return the shape, not null
     * @throws NullPointerException if {@code kind} is null
     */
    public static ObjectShape of(ElementKind kind) {
        return BY_KIND.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns a shape by its name, the name of its definition in the JSON Schema.
     *
     * @param name the name, such as {@code "theme"} or {@code "target"}; not null
     * @return the shape, or empty if the format has none of that name; not null
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<ObjectShape> named(String name) {
        return NAMED.getOrDefault(Objects.requireNonNull(name, "name"), Optional.empty());
    }

    /**
     * Returns the shape a model type maps to.
     *
     * @param type a model type, such as {@code Theme.class}; not null
     * @return the shape, or empty if the type is not one of the format's objects; not null
     * @throws NullPointerException if {@code type} is null
     */
    public static Optional<ObjectShape> ofType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            ObjectShape shape = BY_TYPE.get(at);
            if (shape != null) {
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the elements an element contains directly, list by list in document order, as
     * {@link PlanElement#children()} does.
     *
     * @param element the element, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code element} is null
     */
    public static List<PlanElement> children(PlanElement element) {
        ObjectShape shape = of(element.kind());
        List<PlanElement> children = null;
        for (Property list : shape.elementProperties()) {
            List<? extends PlanElement> elements = list.elementsOf(element);
            if (elements.isEmpty()) {
                continue;
            }
            if (children == null) {
                children = new ArrayList<>(elements.size());
            }
            children.addAll(elements);
        }
        return children == null ? List.of() : Collections.unmodifiableList(children);
    }
}
