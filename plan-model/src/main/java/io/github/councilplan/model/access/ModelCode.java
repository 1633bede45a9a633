package io.github.councilplan.model.access;

import io.github.councilplan.model.AlternativeName;
import io.github.councilplan.model.Assessment;
import io.github.councilplan.model.Block;
import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.Decision;
import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ExtensionUse;
import io.github.councilplan.model.Extensions;
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
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.PlanRelation;
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.Provenance;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RelatedPlan;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.RollUpMethod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Signatory;
import io.github.councilplan.model.Statement;
import io.github.councilplan.model.Supersession;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model's builders, accessors, setters and JSON factories as plain calls, numbered: written by
 * {@code ModelCodeGenerator} (in this package's tests) from {@code PlanStructure} and the model's
 * types, and held to them by {@code ModelCodeTest}. Do not edit: after a change to the structure or
 * the model, write it again with
 * {@code ./mvnw -q -pl plan-model test -Dtest=ModelCodeTest -Dmodel-code.write=true}.
 */
final class ModelCode {
    private ModelCode() {}

    /** The number of a shape's model type, or -1 for any other type. */
    static int shape(Class<?> type) {
        if (type == Plan.class) {
            return 0;
        }
        if (type == Organisation.class) {
            return 1;
        }
        if (type == PeriodRange.class) {
            return 2;
        }
        if (type == Edition.class) {
            return 3;
        }
        if (type == Supersession.class) {
            return 4;
        }
        if (type == Decision.class) {
            return 5;
        }
        if (type == LevelNames.class) {
            return 6;
        }
        if (type == RelatedPlan.class) {
            return 7;
        }
        if (type == ExtensionUse.class) {
            return 8;
        }
        if (type == Statement.class) {
            return 9;
        }
        if (type == Block.class) {
            return 10;
        }
        if (type == Signatory.class) {
            return 11;
        }
        if (type == Purpose.class) {
            return 12;
        }
        if (type == SharedValue.class) {
            return 13;
        }
        if (type == Principle.class) {
            return 14;
        }
        if (type == Theme.class) {
            return 15;
        }
        if (type == Outcome.class) {
            return 16;
        }
        if (type == Objective.class) {
            return 17;
        }
        if (type == Priority.class) {
            return 18;
        }
        if (type == Deliverable.class) {
            return 19;
        }
        if (type == Commitment.class) {
            return 20;
        }
        if (type == ItemList.class) {
            return 21;
        }
        if (type == ListItem.class) {
            return 22;
        }
        if (type == Milestone.class) {
            return 23;
        }
        if (type == ProgressUpdate.class) {
            return 24;
        }
        if (type == Measure.class) {
            return 25;
        }
        if (type == MetricReference.class) {
            return 26;
        }
        if (type == Target.class) {
            return 27;
        }
        if (type == TargetRevision.class) {
            return 28;
        }
        if (type == Observation.class) {
            return 29;
        }
        if (type == Assessment.class) {
            return 30;
        }
        if (type == Tolerance.class) {
            return 31;
        }
        if (type == Owner.class) {
            return 32;
        }
        if (type == Partner.class) {
            return 33;
        }
        if (type == Link.class) {
            return 34;
        }
        if (type == ExternalReference.class) {
            return 35;
        }
        if (type == AlternativeName.class) {
            return 36;
        }
        if (type == Provenance.class) {
            return 37;
        }
        return -1;
    }

    /** The number of a property of a shape's model type, or -1 for any other. */
    static int property(Class<?> type, String name) {
        if (type == Plan.class) {
            switch (name) {
                case "schemaVersion":
                    return 0;
                case "id":
                    return 1;
                case "title":
                    return 2;
                case "organisation":
                    return 3;
                case "period":
                    return 4;
                case "published":
                    return 5;
                case "edition":
                    return 6;
                case "languages":
                    return 7;
                case "partialLanguages":
                    return 8;
                case "levelNames":
                    return 9;
                case "overseenBy":
                    return 10;
                case "relatedPlans":
                    return 11;
                case "extensionsUsed":
                    return 12;
                case "vision":
                    return 13;
                case "leadIns":
                    return 14;
                case "statements":
                    return 15;
                case "purpose":
                    return 16;
                case "values":
                    return 17;
                case "principles":
                    return 18;
                case "themes":
                    return 19;
                case "measures":
                    return 20;
                case "owners":
                    return 21;
                case "partners":
                    return 22;
                case "links":
                    return 23;
                case "otherNames":
                    return 24;
                case "provenance":
                    return 25;
                case "references":
                    return 26;
                case "extensions":
                    return 27;
                default:
                    return -1;
            }
        }
        if (type == Organisation.class) {
            switch (name) {
                case "name":
                    return 256;
                case "code":
                    return 257;
                case "gssCode":
                    return 258;
                case "orgId":
                    return 259;
                default:
                    return -1;
            }
        }
        if (type == PeriodRange.class) {
            switch (name) {
                case "start":
                    return 512;
                case "end":
                    return 513;
                default:
                    return -1;
            }
        }
        if (type == Edition.class) {
            switch (name) {
                case "name":
                    return 768;
                case "status":
                    return 769;
                case "adoptedOn":
                    return 770;
                case "decision":
                    return 771;
                case "supersedes":
                    return 772;
                case "supersededBy":
                    return 773;
                default:
                    return -1;
            }
        }
        if (type == Supersession.class) {
            switch (name) {
                case "edition":
                    return 1024;
                case "on":
                    return 1025;
                case "decision":
                    return 1026;
                default:
                    return -1;
            }
        }
        if (type == Decision.class) {
            switch (name) {
                case "body":
                    return 1280;
                case "date":
                    return 1281;
                case "reference":
                    return 1282;
                case "uri":
                    return 1283;
                default:
                    return -1;
            }
        }
        if (type == LevelNames.class) {
            switch (name) {
                case "statement":
                    return 1536;
                case "value":
                    return 1537;
                case "principle":
                    return 1538;
                case "theme":
                    return 1539;
                case "objective":
                    return 1540;
                case "outcome":
                    return 1541;
                case "priority":
                    return 1542;
                case "deliverable":
                    return 1543;
                case "commitment":
                    return 1544;
                case "list":
                    return 1545;
                case "item":
                    return 1546;
                case "measure":
                    return 1547;
                case "milestone":
                    return 1548;
                case "owner":
                    return 1549;
                case "partner":
                    return 1550;
                default:
                    return -1;
            }
        }
        if (type == RelatedPlan.class) {
            switch (name) {
                case "id":
                    return 1792;
                case "relation":
                    return 1793;
                case "title":
                    return 1794;
                case "uri":
                    return 1795;
                default:
                    return -1;
            }
        }
        if (type == ExtensionUse.class) {
            switch (name) {
                case "name":
                    return 2048;
                case "version":
                    return 2049;
                case "schema":
                    return 2050;
                default:
                    return -1;
            }
        }
        if (type == Statement.class) {
            switch (name) {
                case "id":
                    return 2304;
                case "number":
                    return 2305;
                case "levelName":
                    return 2306;
                case "heading":
                    return 2307;
                case "body":
                    return 2308;
                case "signatories":
                    return 2309;
                case "otherNames":
                    return 2310;
                case "provenance":
                    return 2311;
                case "references":
                    return 2312;
                case "extensions":
                    return 2313;
                default:
                    return -1;
            }
        }
        if (type == Block.class) {
            switch (name) {
                case "paragraph":
                    return 2560;
                case "list":
                    return 2561;
                case "numbered":
                    return 2562;
                default:
                    return -1;
            }
        }
        if (type == Signatory.class) {
            switch (name) {
                case "name":
                    return 2816;
                case "role":
                    return 2817;
                default:
                    return -1;
            }
        }
        if (type == Purpose.class) {
            switch (name) {
                case "introduction":
                    return 3072;
                case "leadIns":
                    return 3073;
                case "statements":
                    return 3074;
                case "approaches":
                    return 3075;
                default:
                    return -1;
            }
        }
        if (type == SharedValue.class) {
            switch (name) {
                case "id":
                    return 3328;
                case "number":
                    return 3329;
                case "levelName":
                    return 3330;
                case "name":
                    return 3331;
                case "leadIns":
                    return 3332;
                case "behaviours":
                    return 3333;
                case "otherNames":
                    return 3334;
                case "provenance":
                    return 3335;
                case "references":
                    return 3336;
                case "extensions":
                    return 3337;
                default:
                    return -1;
            }
        }
        if (type == Principle.class) {
            switch (name) {
                case "id":
                    return 3584;
                case "number":
                    return 3585;
                case "levelName":
                    return 3586;
                case "name":
                    return 3587;
                case "description":
                    return 3588;
                case "otherNames":
                    return 3589;
                case "provenance":
                    return 3590;
                case "references":
                    return 3591;
                case "extensions":
                    return 3592;
                default:
                    return -1;
            }
        }
        if (type == Theme.class) {
            switch (name) {
                case "id":
                    return 3840;
                case "number":
                    return 3841;
                case "levelName":
                    return 3842;
                case "name":
                    return 3843;
                case "description":
                    return 3844;
                case "owners":
                    return 3845;
                case "levelNames":
                    return 3846;
                case "leadIns":
                    return 3847;
                case "outcomes":
                    return 3848;
                case "objectives":
                    return 3849;
                case "priorities":
                    return 3850;
                case "deliverables":
                    return 3851;
                case "commitments":
                    return 3852;
                case "lists":
                    return 3853;
                case "otherNames":
                    return 3854;
                case "provenance":
                    return 3855;
                case "references":
                    return 3856;
                case "extensions":
                    return 3857;
                default:
                    return -1;
            }
        }
        if (type == Outcome.class) {
            switch (name) {
                case "id":
                    return 4096;
                case "number":
                    return 4097;
                case "levelName":
                    return 4098;
                case "statement":
                    return 4099;
                case "by":
                    return 4100;
                case "longTerm":
                    return 4101;
                case "otherNames":
                    return 4102;
                case "provenance":
                    return 4103;
                case "references":
                    return 4104;
                case "extensions":
                    return 4105;
                default:
                    return -1;
            }
        }
        if (type == Objective.class) {
            switch (name) {
                case "id":
                    return 4352;
                case "number":
                    return 4353;
                case "levelName":
                    return 4354;
                case "title":
                    return 4355;
                case "description":
                    return 4356;
                case "owners":
                    return 4357;
                case "start":
                    return 4358;
                case "end":
                    return 4359;
                case "longTerm":
                    return 4360;
                case "leadIns":
                    return 4361;
                case "outcomes":
                    return 4362;
                case "priorities":
                    return 4363;
                case "deliverables":
                    return 4364;
                case "lists":
                    return 4365;
                case "milestones":
                    return 4366;
                case "progress":
                    return 4367;
                case "otherNames":
                    return 4368;
                case "provenance":
                    return 4369;
                case "references":
                    return 4370;
                case "extensions":
                    return 4371;
                default:
                    return -1;
            }
        }
        if (type == Priority.class) {
            switch (name) {
                case "id":
                    return 4608;
                case "number":
                    return 4609;
                case "levelName":
                    return 4610;
                case "title":
                    return 4611;
                case "description":
                    return 4612;
                case "owners":
                    return 4613;
                case "start":
                    return 4614;
                case "end":
                    return 4615;
                case "longTerm":
                    return 4616;
                case "leadIns":
                    return 4617;
                case "outcomes":
                    return 4618;
                case "deliverables":
                    return 4619;
                case "lists":
                    return 4620;
                case "milestones":
                    return 4621;
                case "progress":
                    return 4622;
                case "otherNames":
                    return 4623;
                case "provenance":
                    return 4624;
                case "references":
                    return 4625;
                case "extensions":
                    return 4626;
                default:
                    return -1;
            }
        }
        if (type == Deliverable.class) {
            switch (name) {
                case "id":
                    return 4864;
                case "number":
                    return 4865;
                case "levelName":
                    return 4866;
                case "title":
                    return 4867;
                case "description":
                    return 4868;
                case "owners":
                    return 4869;
                case "start":
                    return 4870;
                case "end":
                    return 4871;
                case "longTerm":
                    return 4872;
                case "leadIns":
                    return 4873;
                case "outcomes":
                    return 4874;
                case "lists":
                    return 4875;
                case "milestones":
                    return 4876;
                case "progress":
                    return 4877;
                case "otherNames":
                    return 4878;
                case "provenance":
                    return 4879;
                case "references":
                    return 4880;
                case "extensions":
                    return 4881;
                default:
                    return -1;
            }
        }
        if (type == Commitment.class) {
            switch (name) {
                case "id":
                    return 5120;
                case "number":
                    return 5121;
                case "levelName":
                    return 5122;
                case "text":
                    return 5123;
                case "otherNames":
                    return 5124;
                case "provenance":
                    return 5125;
                case "references":
                    return 5126;
                case "extensions":
                    return 5127;
                default:
                    return -1;
            }
        }
        if (type == ItemList.class) {
            switch (name) {
                case "id":
                    return 5376;
                case "number":
                    return 5377;
                case "levelName":
                    return 5378;
                case "title":
                    return 5379;
                case "items":
                    return 5380;
                case "otherNames":
                    return 5381;
                case "provenance":
                    return 5382;
                case "references":
                    return 5383;
                case "extensions":
                    return 5384;
                default:
                    return -1;
            }
        }
        if (type == ListItem.class) {
            switch (name) {
                case "id":
                    return 5632;
                case "number":
                    return 5633;
                case "levelName":
                    return 5634;
                case "text":
                    return 5635;
                case "otherNames":
                    return 5636;
                case "provenance":
                    return 5637;
                case "references":
                    return 5638;
                case "extensions":
                    return 5639;
                default:
                    return -1;
            }
        }
        if (type == Milestone.class) {
            switch (name) {
                case "id":
                    return 5888;
                case "number":
                    return 5889;
                case "levelName":
                    return 5890;
                case "title":
                    return 5891;
                case "due":
                    return 5892;
                case "forecast":
                    return 5893;
                case "achieved":
                    return 5894;
                case "status":
                    return 5895;
                case "longTerm":
                    return 5896;
                case "otherNames":
                    return 5897;
                case "provenance":
                    return 5898;
                case "references":
                    return 5899;
                case "extensions":
                    return 5900;
                default:
                    return -1;
            }
        }
        if (type == ProgressUpdate.class) {
            switch (name) {
                case "period":
                    return 6144;
                case "status":
                    return 6145;
                case "commentary":
                    return 6146;
                default:
                    return -1;
            }
        }
        if (type == Measure.class) {
            switch (name) {
                case "id":
                    return 6400;
                case "number":
                    return 6401;
                case "levelName":
                    return 6402;
                case "name":
                    return 6403;
                case "description":
                    return 6404;
                case "unit":
                    return 6405;
                case "direction":
                    return 6406;
                case "frequency":
                    return 6407;
                case "rollUp":
                    return 6408;
                case "ratioPer":
                    return 6409;
                case "baseline":
                    return 6410;
                case "targets":
                    return 6411;
                case "actuals":
                    return 6412;
                case "assessments":
                    return 6413;
                case "tolerance":
                    return 6414;
                case "source":
                    return 6415;
                case "metrics":
                    return 6416;
                case "owners":
                    return 6417;
                case "longTerm":
                    return 6418;
                case "otherNames":
                    return 6419;
                case "provenance":
                    return 6420;
                case "references":
                    return 6421;
                case "extensions":
                    return 6422;
                default:
                    return -1;
            }
        }
        if (type == MetricReference.class) {
            switch (name) {
                case "scheme":
                    return 6656;
                case "id":
                    return 6657;
                case "uri":
                    return 6658;
                case "title":
                    return 6659;
                case "polarity":
                    return 6660;
                default:
                    return -1;
            }
        }
        if (type == Target.class) {
            switch (name) {
                case "period":
                    return 6912;
                case "value":
                    return 6913;
                case "text":
                    return 6914;
                case "revisions":
                    return 6915;
                default:
                    return -1;
            }
        }
        if (type == TargetRevision.class) {
            switch (name) {
                case "date":
                    return 7168;
                case "value":
                    return 7169;
                case "text":
                    return 7170;
                case "withdrawn":
                    return 7171;
                case "decision":
                    return 7172;
                case "reason":
                    return 7173;
                case "afterPeriodClosed":
                    return 7174;
                default:
                    return -1;
            }
        }
        if (type == Observation.class) {
            switch (name) {
                case "period":
                    return 7424;
                case "asAt":
                    return 7425;
                case "value":
                    return 7426;
                case "numerator":
                    return 7427;
                case "denominator":
                    return 7428;
                case "text":
                    return 7429;
                default:
                    return -1;
            }
        }
        if (type == Assessment.class) {
            switch (name) {
                case "period":
                    return 7680;
                case "status":
                    return 7681;
                case "reason":
                    return 7682;
                case "forecast":
                    return 7683;
                case "forecastStatus":
                    return 7684;
                case "commentary":
                    return 7685;
                default:
                    return -1;
            }
        }
        if (type == Tolerance.class) {
            switch (name) {
                case "absolute":
                    return 7936;
                case "percent":
                    return 7937;
                default:
                    return -1;
            }
        }
        if (type == Owner.class) {
            switch (name) {
                case "id":
                    return 8192;
                case "number":
                    return 8193;
                case "levelName":
                    return 8194;
                case "name":
                    return 8195;
                case "type":
                    return 8196;
                case "holder":
                    return 8197;
                case "accountableTo":
                    return 8198;
                case "otherNames":
                    return 8199;
                case "provenance":
                    return 8200;
                case "references":
                    return 8201;
                case "extensions":
                    return 8202;
                default:
                    return -1;
            }
        }
        if (type == Partner.class) {
            switch (name) {
                case "id":
                    return 8448;
                case "number":
                    return 8449;
                case "levelName":
                    return 8450;
                case "name":
                    return 8451;
                case "description":
                    return 8452;
                case "otherNames":
                    return 8453;
                case "provenance":
                    return 8454;
                case "references":
                    return 8455;
                case "extensions":
                    return 8456;
                default:
                    return -1;
            }
        }
        if (type == Link.class) {
            switch (name) {
                case "from":
                    return 8704;
                case "kind":
                    return 8705;
                case "to":
                    return 8706;
                case "toPlan":
                    return 8707;
                case "note":
                    return 8708;
                default:
                    return -1;
            }
        }
        if (type == ExternalReference.class) {
            switch (name) {
                case "system":
                    return 8960;
                case "key":
                    return 8961;
                case "uri":
                    return 8962;
                case "title":
                    return 8963;
                default:
                    return -1;
            }
        }
        if (type == AlternativeName.class) {
            switch (name) {
                case "name":
                    return 9216;
                case "note":
                    return 9217;
                default:
                    return -1;
            }
        }
        if (type == Provenance.class) {
            switch (name) {
                case "document":
                    return 9472;
                case "page":
                    return 9473;
                case "uri":
                    return 9474;
                case "quote":
                    return 9475;
                default:
                    return -1;
            }
        }
        return -1;
    }

    /** The number of a type's JSON factory taking an argument of type {@code argument}, or -1. */
    static int factory(Class<?> type, Class<?> argument) {
        if (type == Text.class && argument == Object.class) {
            return 0;
        }
        if (type == ElementId.class && argument == String.class) {
            return 1;
        }
        if (type == PlanDate.class && argument == String.class) {
            return 2;
        }
        if (type == Extensions.class && argument == ObjectNode.class) {
            return 3;
        }
        if (type == ReportingPeriod.class && argument == String.class) {
            return 4;
        }
        if (type == DisplayNumber.class && argument == String.class) {
            return 5;
        }
        return -1;
    }

    /** A new builder of shape {@code shape}. */
    static Object newBuilder(int shape) {
        switch (shape) {
            case 0:
                return Plan.builder();
            case 1:
                return Organisation.builder();
            case 2:
                return PeriodRange.builder();
            case 3:
                return Edition.builder();
            case 4:
                return Supersession.builder();
            case 5:
                return Decision.builder();
            case 6:
                return LevelNames.builder();
            case 7:
                return RelatedPlan.builder();
            case 8:
                return ExtensionUse.builder();
            case 9:
                return Statement.builder();
            case 10:
                return Block.builder();
            case 11:
                return Signatory.builder();
            case 12:
                return Purpose.builder();
            case 13:
                return SharedValue.builder();
            case 14:
                return Principle.builder();
            case 15:
                return Theme.builder();
            case 16:
                return Outcome.builder();
            case 17:
                return Objective.builder();
            case 18:
                return Priority.builder();
            case 19:
                return Deliverable.builder();
            case 20:
                return Commitment.builder();
            case 21:
                return ItemList.builder();
            case 22:
                return ListItem.builder();
            case 23:
                return Milestone.builder();
            case 24:
                return ProgressUpdate.builder();
            case 25:
                return Measure.builder();
            case 26:
                return MetricReference.builder();
            case 27:
                return Target.builder();
            case 28:
                return TargetRevision.builder();
            case 29:
                return Observation.builder();
            case 30:
                return Assessment.builder();
            case 31:
                return Tolerance.builder();
            case 32:
                return Owner.builder();
            case 33:
                return Partner.builder();
            case 34:
                return Link.builder();
            case 35:
                return ExternalReference.builder();
            case 36:
                return AlternativeName.builder();
            case 37:
                return Provenance.builder();
            default:
                throw new IllegalArgumentException(Integer.toString(shape));
        }
    }

    /** Builds what a builder of shape {@code shape} holds. */
    static Object build(int shape, Object builder) {
        switch (shape) {
            case 0:
                return ((Plan.Builder) builder).build();
            case 1:
                return ((Organisation.Builder) builder).build();
            case 2:
                return ((PeriodRange.Builder) builder).build();
            case 3:
                return ((Edition.Builder) builder).build();
            case 4:
                return ((Supersession.Builder) builder).build();
            case 5:
                return ((Decision.Builder) builder).build();
            case 6:
                return ((LevelNames.Builder) builder).build();
            case 7:
                return ((RelatedPlan.Builder) builder).build();
            case 8:
                return ((ExtensionUse.Builder) builder).build();
            case 9:
                return ((Statement.Builder) builder).build();
            case 10:
                return ((Block.Builder) builder).build();
            case 11:
                return ((Signatory.Builder) builder).build();
            case 12:
                return ((Purpose.Builder) builder).build();
            case 13:
                return ((SharedValue.Builder) builder).build();
            case 14:
                return ((Principle.Builder) builder).build();
            case 15:
                return ((Theme.Builder) builder).build();
            case 16:
                return ((Outcome.Builder) builder).build();
            case 17:
                return ((Objective.Builder) builder).build();
            case 18:
                return ((Priority.Builder) builder).build();
            case 19:
                return ((Deliverable.Builder) builder).build();
            case 20:
                return ((Commitment.Builder) builder).build();
            case 21:
                return ((ItemList.Builder) builder).build();
            case 22:
                return ((ListItem.Builder) builder).build();
            case 23:
                return ((Milestone.Builder) builder).build();
            case 24:
                return ((ProgressUpdate.Builder) builder).build();
            case 25:
                return ((Measure.Builder) builder).build();
            case 26:
                return ((MetricReference.Builder) builder).build();
            case 27:
                return ((Target.Builder) builder).build();
            case 28:
                return ((TargetRevision.Builder) builder).build();
            case 29:
                return ((Observation.Builder) builder).build();
            case 30:
                return ((Assessment.Builder) builder).build();
            case 31:
                return ((Tolerance.Builder) builder).build();
            case 32:
                return ((Owner.Builder) builder).build();
            case 33:
                return ((Partner.Builder) builder).build();
            case 34:
                return ((Link.Builder) builder).build();
            case 35:
                return ((ExternalReference.Builder) builder).build();
            case 36:
                return ((AlternativeName.Builder) builder).build();
            case 37:
                return ((Provenance.Builder) builder).build();
            default:
                throw new IllegalArgumentException(Integer.toString(shape));
        }
    }

    /** The value of property {@code property} of an object of its shape. */
    static Object get(int property, Object owner) {
        switch (property / 256) {
            case 0:
                return getPlan(property % 256, owner);
            case 1:
                return getOrganisation(property % 256, owner);
            case 2:
                return getPeriodRange(property % 256, owner);
            case 3:
                return getEdition(property % 256, owner);
            case 4:
                return getSupersession(property % 256, owner);
            case 5:
                return getDecision(property % 256, owner);
            case 6:
                return getLevelNames(property % 256, owner);
            case 7:
                return getRelatedPlan(property % 256, owner);
            case 8:
                return getExtensionUse(property % 256, owner);
            case 9:
                return getStatement(property % 256, owner);
            case 10:
                return getBlock(property % 256, owner);
            case 11:
                return getSignatory(property % 256, owner);
            case 12:
                return getPurpose(property % 256, owner);
            case 13:
                return getSharedValue(property % 256, owner);
            case 14:
                return getPrinciple(property % 256, owner);
            case 15:
                return getTheme(property % 256, owner);
            case 16:
                return getOutcome(property % 256, owner);
            case 17:
                return getObjective(property % 256, owner);
            case 18:
                return getPriority(property % 256, owner);
            case 19:
                return getDeliverable(property % 256, owner);
            case 20:
                return getCommitment(property % 256, owner);
            case 21:
                return getItemList(property % 256, owner);
            case 22:
                return getListItem(property % 256, owner);
            case 23:
                return getMilestone(property % 256, owner);
            case 24:
                return getProgressUpdate(property % 256, owner);
            case 25:
                return getMeasure(property % 256, owner);
            case 26:
                return getMetricReference(property % 256, owner);
            case 27:
                return getTarget(property % 256, owner);
            case 28:
                return getTargetRevision(property % 256, owner);
            case 29:
                return getObservation(property % 256, owner);
            case 30:
                return getAssessment(property % 256, owner);
            case 31:
                return getTolerance(property % 256, owner);
            case 32:
                return getOwner(property % 256, owner);
            case 33:
                return getPartner(property % 256, owner);
            case 34:
                return getLink(property % 256, owner);
            case 35:
                return getExternalReference(property % 256, owner);
            case 36:
                return getAlternativeName(property % 256, owner);
            case 37:
                return getProvenance(property % 256, owner);
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Plan, by their place in its shape. */
    private static Object getPlan(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Plan) owner).schemaVersion();
            case 1:
                return ((Plan) owner).id();
            case 2:
                return ((Plan) owner).title();
            case 3:
                return ((Plan) owner).organisation();
            case 4:
                return ((Plan) owner).period();
            case 5:
                return ((Plan) owner).published();
            case 6:
                return ((Plan) owner).edition();
            case 7:
                return ((Plan) owner).languages();
            case 8:
                return ((Plan) owner).partialLanguages();
            case 9:
                return ((Plan) owner).levelNames();
            case 10:
                return ((Plan) owner).overseenBy();
            case 11:
                return ((Plan) owner).relatedPlans();
            case 12:
                return ((Plan) owner).extensionsUsed();
            case 13:
                return ((Plan) owner).vision();
            case 14:
                return ((Plan) owner).leadIns();
            case 15:
                return ((Plan) owner).statements();
            case 16:
                return ((Plan) owner).purpose();
            case 17:
                return ((Plan) owner).values();
            case 18:
                return ((Plan) owner).principles();
            case 19:
                return ((Plan) owner).themes();
            case 20:
                return ((Plan) owner).measures();
            case 21:
                return ((Plan) owner).owners();
            case 22:
                return ((Plan) owner).partners();
            case 23:
                return ((Plan) owner).links();
            case 24:
                return ((Plan) owner).otherNames();
            case 25:
                return ((Plan) owner).provenance();
            case 26:
                return ((Plan) owner).references();
            case 27:
                return ((Plan) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Organisation, by their place in its shape. */
    private static Object getOrganisation(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Organisation) owner).name();
            case 1:
                return ((Organisation) owner).code();
            case 2:
                return ((Organisation) owner).gssCode();
            case 3:
                return ((Organisation) owner).orgId();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of PeriodRange, by their place in its shape. */
    private static Object getPeriodRange(int property, Object owner) {
        switch (property) {
            case 0:
                return ((PeriodRange) owner).start();
            case 1:
                return ((PeriodRange) owner).end();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Edition, by their place in its shape. */
    private static Object getEdition(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Edition) owner).name();
            case 1:
                return ((Edition) owner).status();
            case 2:
                return ((Edition) owner).adoptedOn();
            case 3:
                return ((Edition) owner).decision();
            case 4:
                return ((Edition) owner).supersedes();
            case 5:
                return ((Edition) owner).supersededBy();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Supersession, by their place in its shape. */
    private static Object getSupersession(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Supersession) owner).edition();
            case 1:
                return ((Supersession) owner).on();
            case 2:
                return ((Supersession) owner).decision();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Decision, by their place in its shape. */
    private static Object getDecision(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Decision) owner).body();
            case 1:
                return ((Decision) owner).date();
            case 2:
                return ((Decision) owner).reference();
            case 3:
                return ((Decision) owner).uri();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of LevelNames, by their place in its shape. */
    private static Object getLevelNames(int property, Object owner) {
        switch (property) {
            case 0:
                return ((LevelNames) owner).statement();
            case 1:
                return ((LevelNames) owner).value();
            case 2:
                return ((LevelNames) owner).principle();
            case 3:
                return ((LevelNames) owner).theme();
            case 4:
                return ((LevelNames) owner).objective();
            case 5:
                return ((LevelNames) owner).outcome();
            case 6:
                return ((LevelNames) owner).priority();
            case 7:
                return ((LevelNames) owner).deliverable();
            case 8:
                return ((LevelNames) owner).commitment();
            case 9:
                return ((LevelNames) owner).list();
            case 10:
                return ((LevelNames) owner).item();
            case 11:
                return ((LevelNames) owner).measure();
            case 12:
                return ((LevelNames) owner).milestone();
            case 13:
                return ((LevelNames) owner).owner();
            case 14:
                return ((LevelNames) owner).partner();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of RelatedPlan, by their place in its shape. */
    private static Object getRelatedPlan(int property, Object owner) {
        switch (property) {
            case 0:
                return ((RelatedPlan) owner).id();
            case 1:
                return ((RelatedPlan) owner).relation();
            case 2:
                return ((RelatedPlan) owner).title();
            case 3:
                return ((RelatedPlan) owner).uri();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of ExtensionUse, by their place in its shape. */
    private static Object getExtensionUse(int property, Object owner) {
        switch (property) {
            case 0:
                return ((ExtensionUse) owner).name();
            case 1:
                return ((ExtensionUse) owner).version();
            case 2:
                return ((ExtensionUse) owner).schema();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Statement, by their place in its shape. */
    private static Object getStatement(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Statement) owner).id();
            case 1:
                return ((Statement) owner).number();
            case 2:
                return ((Statement) owner).levelName();
            case 3:
                return ((Statement) owner).heading();
            case 4:
                return ((Statement) owner).body();
            case 5:
                return ((Statement) owner).signatories();
            case 6:
                return ((Statement) owner).otherNames();
            case 7:
                return ((Statement) owner).provenance();
            case 8:
                return ((Statement) owner).references();
            case 9:
                return ((Statement) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Block, by their place in its shape. */
    private static Object getBlock(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Block) owner).paragraph();
            case 1:
                return ((Block) owner).list();
            case 2:
                return ((Block) owner).numbered();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Signatory, by their place in its shape. */
    private static Object getSignatory(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Signatory) owner).name();
            case 1:
                return ((Signatory) owner).role();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Purpose, by their place in its shape. */
    private static Object getPurpose(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Purpose) owner).introduction();
            case 1:
                return ((Purpose) owner).leadIns();
            case 2:
                return ((Purpose) owner).statements();
            case 3:
                return ((Purpose) owner).approaches();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of SharedValue, by their place in its shape. */
    private static Object getSharedValue(int property, Object owner) {
        switch (property) {
            case 0:
                return ((SharedValue) owner).id();
            case 1:
                return ((SharedValue) owner).number();
            case 2:
                return ((SharedValue) owner).levelName();
            case 3:
                return ((SharedValue) owner).name();
            case 4:
                return ((SharedValue) owner).leadIns();
            case 5:
                return ((SharedValue) owner).behaviours();
            case 6:
                return ((SharedValue) owner).otherNames();
            case 7:
                return ((SharedValue) owner).provenance();
            case 8:
                return ((SharedValue) owner).references();
            case 9:
                return ((SharedValue) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Principle, by their place in its shape. */
    private static Object getPrinciple(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Principle) owner).id();
            case 1:
                return ((Principle) owner).number();
            case 2:
                return ((Principle) owner).levelName();
            case 3:
                return ((Principle) owner).name();
            case 4:
                return ((Principle) owner).description();
            case 5:
                return ((Principle) owner).otherNames();
            case 6:
                return ((Principle) owner).provenance();
            case 7:
                return ((Principle) owner).references();
            case 8:
                return ((Principle) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Theme, by their place in its shape. */
    private static Object getTheme(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Theme) owner).id();
            case 1:
                return ((Theme) owner).number();
            case 2:
                return ((Theme) owner).levelName();
            case 3:
                return ((Theme) owner).name();
            case 4:
                return ((Theme) owner).description();
            case 5:
                return ((Theme) owner).owners();
            case 6:
                return ((Theme) owner).levelNames();
            case 7:
                return ((Theme) owner).leadIns();
            case 8:
                return ((Theme) owner).outcomes();
            case 9:
                return ((Theme) owner).objectives();
            case 10:
                return ((Theme) owner).priorities();
            case 11:
                return ((Theme) owner).deliverables();
            case 12:
                return ((Theme) owner).commitments();
            case 13:
                return ((Theme) owner).lists();
            case 14:
                return ((Theme) owner).otherNames();
            case 15:
                return ((Theme) owner).provenance();
            case 16:
                return ((Theme) owner).references();
            case 17:
                return ((Theme) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Outcome, by their place in its shape. */
    private static Object getOutcome(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Outcome) owner).id();
            case 1:
                return ((Outcome) owner).number();
            case 2:
                return ((Outcome) owner).levelName();
            case 3:
                return ((Outcome) owner).statement();
            case 4:
                return ((Outcome) owner).by();
            case 5:
                return ((Outcome) owner).longTerm();
            case 6:
                return ((Outcome) owner).otherNames();
            case 7:
                return ((Outcome) owner).provenance();
            case 8:
                return ((Outcome) owner).references();
            case 9:
                return ((Outcome) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Objective, by their place in its shape. */
    private static Object getObjective(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Objective) owner).id();
            case 1:
                return ((Objective) owner).number();
            case 2:
                return ((Objective) owner).levelName();
            case 3:
                return ((Objective) owner).title();
            case 4:
                return ((Objective) owner).description();
            case 5:
                return ((Objective) owner).owners();
            case 6:
                return ((Objective) owner).start();
            case 7:
                return ((Objective) owner).end();
            case 8:
                return ((Objective) owner).longTerm();
            case 9:
                return ((Objective) owner).leadIns();
            case 10:
                return ((Objective) owner).outcomes();
            case 11:
                return ((Objective) owner).priorities();
            case 12:
                return ((Objective) owner).deliverables();
            case 13:
                return ((Objective) owner).lists();
            case 14:
                return ((Objective) owner).milestones();
            case 15:
                return ((Objective) owner).progress();
            case 16:
                return ((Objective) owner).otherNames();
            case 17:
                return ((Objective) owner).provenance();
            case 18:
                return ((Objective) owner).references();
            case 19:
                return ((Objective) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Priority, by their place in its shape. */
    private static Object getPriority(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Priority) owner).id();
            case 1:
                return ((Priority) owner).number();
            case 2:
                return ((Priority) owner).levelName();
            case 3:
                return ((Priority) owner).title();
            case 4:
                return ((Priority) owner).description();
            case 5:
                return ((Priority) owner).owners();
            case 6:
                return ((Priority) owner).start();
            case 7:
                return ((Priority) owner).end();
            case 8:
                return ((Priority) owner).longTerm();
            case 9:
                return ((Priority) owner).leadIns();
            case 10:
                return ((Priority) owner).outcomes();
            case 11:
                return ((Priority) owner).deliverables();
            case 12:
                return ((Priority) owner).lists();
            case 13:
                return ((Priority) owner).milestones();
            case 14:
                return ((Priority) owner).progress();
            case 15:
                return ((Priority) owner).otherNames();
            case 16:
                return ((Priority) owner).provenance();
            case 17:
                return ((Priority) owner).references();
            case 18:
                return ((Priority) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Deliverable, by their place in its shape. */
    private static Object getDeliverable(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Deliverable) owner).id();
            case 1:
                return ((Deliverable) owner).number();
            case 2:
                return ((Deliverable) owner).levelName();
            case 3:
                return ((Deliverable) owner).title();
            case 4:
                return ((Deliverable) owner).description();
            case 5:
                return ((Deliverable) owner).owners();
            case 6:
                return ((Deliverable) owner).start();
            case 7:
                return ((Deliverable) owner).end();
            case 8:
                return ((Deliverable) owner).longTerm();
            case 9:
                return ((Deliverable) owner).leadIns();
            case 10:
                return ((Deliverable) owner).outcomes();
            case 11:
                return ((Deliverable) owner).lists();
            case 12:
                return ((Deliverable) owner).milestones();
            case 13:
                return ((Deliverable) owner).progress();
            case 14:
                return ((Deliverable) owner).otherNames();
            case 15:
                return ((Deliverable) owner).provenance();
            case 16:
                return ((Deliverable) owner).references();
            case 17:
                return ((Deliverable) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Commitment, by their place in its shape. */
    private static Object getCommitment(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Commitment) owner).id();
            case 1:
                return ((Commitment) owner).number();
            case 2:
                return ((Commitment) owner).levelName();
            case 3:
                return ((Commitment) owner).text();
            case 4:
                return ((Commitment) owner).otherNames();
            case 5:
                return ((Commitment) owner).provenance();
            case 6:
                return ((Commitment) owner).references();
            case 7:
                return ((Commitment) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of ItemList, by their place in its shape. */
    private static Object getItemList(int property, Object owner) {
        switch (property) {
            case 0:
                return ((ItemList) owner).id();
            case 1:
                return ((ItemList) owner).number();
            case 2:
                return ((ItemList) owner).levelName();
            case 3:
                return ((ItemList) owner).title();
            case 4:
                return ((ItemList) owner).items();
            case 5:
                return ((ItemList) owner).otherNames();
            case 6:
                return ((ItemList) owner).provenance();
            case 7:
                return ((ItemList) owner).references();
            case 8:
                return ((ItemList) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of ListItem, by their place in its shape. */
    private static Object getListItem(int property, Object owner) {
        switch (property) {
            case 0:
                return ((ListItem) owner).id();
            case 1:
                return ((ListItem) owner).number();
            case 2:
                return ((ListItem) owner).levelName();
            case 3:
                return ((ListItem) owner).text();
            case 4:
                return ((ListItem) owner).otherNames();
            case 5:
                return ((ListItem) owner).provenance();
            case 6:
                return ((ListItem) owner).references();
            case 7:
                return ((ListItem) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Milestone, by their place in its shape. */
    private static Object getMilestone(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Milestone) owner).id();
            case 1:
                return ((Milestone) owner).number();
            case 2:
                return ((Milestone) owner).levelName();
            case 3:
                return ((Milestone) owner).title();
            case 4:
                return ((Milestone) owner).due();
            case 5:
                return ((Milestone) owner).forecast();
            case 6:
                return ((Milestone) owner).achieved();
            case 7:
                return ((Milestone) owner).status();
            case 8:
                return ((Milestone) owner).longTerm();
            case 9:
                return ((Milestone) owner).otherNames();
            case 10:
                return ((Milestone) owner).provenance();
            case 11:
                return ((Milestone) owner).references();
            case 12:
                return ((Milestone) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of ProgressUpdate, by their place in its shape. */
    private static Object getProgressUpdate(int property, Object owner) {
        switch (property) {
            case 0:
                return ((ProgressUpdate) owner).period();
            case 1:
                return ((ProgressUpdate) owner).status();
            case 2:
                return ((ProgressUpdate) owner).commentary();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Measure, by their place in its shape. */
    private static Object getMeasure(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Measure) owner).id();
            case 1:
                return ((Measure) owner).number();
            case 2:
                return ((Measure) owner).levelName();
            case 3:
                return ((Measure) owner).name();
            case 4:
                return ((Measure) owner).description();
            case 5:
                return ((Measure) owner).unit();
            case 6:
                return ((Measure) owner).direction();
            case 7:
                return ((Measure) owner).frequency();
            case 8:
                return ((Measure) owner).rollUp();
            case 9:
                return ((Measure) owner).ratioPer();
            case 10:
                return ((Measure) owner).baseline();
            case 11:
                return ((Measure) owner).targets();
            case 12:
                return ((Measure) owner).actuals();
            case 13:
                return ((Measure) owner).assessments();
            case 14:
                return ((Measure) owner).tolerance();
            case 15:
                return ((Measure) owner).source();
            case 16:
                return ((Measure) owner).metrics();
            case 17:
                return ((Measure) owner).owners();
            case 18:
                return ((Measure) owner).longTerm();
            case 19:
                return ((Measure) owner).otherNames();
            case 20:
                return ((Measure) owner).provenance();
            case 21:
                return ((Measure) owner).references();
            case 22:
                return ((Measure) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of MetricReference, by their place in its shape. */
    private static Object getMetricReference(int property, Object owner) {
        switch (property) {
            case 0:
                return ((MetricReference) owner).scheme();
            case 1:
                return ((MetricReference) owner).id();
            case 2:
                return ((MetricReference) owner).uri();
            case 3:
                return ((MetricReference) owner).title();
            case 4:
                return ((MetricReference) owner).polarity();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Target, by their place in its shape. */
    private static Object getTarget(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Target) owner).period();
            case 1:
                return ((Target) owner).value();
            case 2:
                return ((Target) owner).text();
            case 3:
                return ((Target) owner).revisions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of TargetRevision, by their place in its shape. */
    private static Object getTargetRevision(int property, Object owner) {
        switch (property) {
            case 0:
                return ((TargetRevision) owner).date();
            case 1:
                return ((TargetRevision) owner).value();
            case 2:
                return ((TargetRevision) owner).text();
            case 3:
                return ((TargetRevision) owner).withdrawn();
            case 4:
                return ((TargetRevision) owner).decision();
            case 5:
                return ((TargetRevision) owner).reason();
            case 6:
                return ((TargetRevision) owner).afterPeriodClosed();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Observation, by their place in its shape. */
    private static Object getObservation(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Observation) owner).period();
            case 1:
                return ((Observation) owner).asAt();
            case 2:
                return ((Observation) owner).value();
            case 3:
                return ((Observation) owner).numerator();
            case 4:
                return ((Observation) owner).denominator();
            case 5:
                return ((Observation) owner).text();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Assessment, by their place in its shape. */
    private static Object getAssessment(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Assessment) owner).period();
            case 1:
                return ((Assessment) owner).status();
            case 2:
                return ((Assessment) owner).reason();
            case 3:
                return ((Assessment) owner).forecast();
            case 4:
                return ((Assessment) owner).forecastStatus();
            case 5:
                return ((Assessment) owner).commentary();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Tolerance, by their place in its shape. */
    private static Object getTolerance(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Tolerance) owner).absolute();
            case 1:
                return ((Tolerance) owner).percent();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Owner, by their place in its shape. */
    private static Object getOwner(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Owner) owner).id();
            case 1:
                return ((Owner) owner).number();
            case 2:
                return ((Owner) owner).levelName();
            case 3:
                return ((Owner) owner).name();
            case 4:
                return ((Owner) owner).type();
            case 5:
                return ((Owner) owner).holder();
            case 6:
                return ((Owner) owner).accountableTo();
            case 7:
                return ((Owner) owner).otherNames();
            case 8:
                return ((Owner) owner).provenance();
            case 9:
                return ((Owner) owner).references();
            case 10:
                return ((Owner) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Partner, by their place in its shape. */
    private static Object getPartner(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Partner) owner).id();
            case 1:
                return ((Partner) owner).number();
            case 2:
                return ((Partner) owner).levelName();
            case 3:
                return ((Partner) owner).name();
            case 4:
                return ((Partner) owner).description();
            case 5:
                return ((Partner) owner).otherNames();
            case 6:
                return ((Partner) owner).provenance();
            case 7:
                return ((Partner) owner).references();
            case 8:
                return ((Partner) owner).extensions();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Link, by their place in its shape. */
    private static Object getLink(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Link) owner).from();
            case 1:
                return ((Link) owner).kind();
            case 2:
                return ((Link) owner).to();
            case 3:
                return ((Link) owner).toPlan();
            case 4:
                return ((Link) owner).note();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of ExternalReference, by their place in its shape. */
    private static Object getExternalReference(int property, Object owner) {
        switch (property) {
            case 0:
                return ((ExternalReference) owner).system();
            case 1:
                return ((ExternalReference) owner).key();
            case 2:
                return ((ExternalReference) owner).uri();
            case 3:
                return ((ExternalReference) owner).title();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of AlternativeName, by their place in its shape. */
    private static Object getAlternativeName(int property, Object owner) {
        switch (property) {
            case 0:
                return ((AlternativeName) owner).name();
            case 1:
                return ((AlternativeName) owner).note();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** get for the properties of Provenance, by their place in its shape. */
    private static Object getProvenance(int property, Object owner) {
        switch (property) {
            case 0:
                return ((Provenance) owner).document();
            case 1:
                return ((Provenance) owner).page();
            case 2:
                return ((Provenance) owner).uri();
            case 3:
                return ((Provenance) owner).quote();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** Sets property {@code property} of a builder of its shape: adds a list's items, puts a map's entries. */
    static void set(int property, Object builder, Object value) {
        switch (property / 256) {
            case 0:
                setPlan(property % 256, builder, value);
                return;
            case 1:
                setOrganisation(property % 256, builder, value);
                return;
            case 2:
                setPeriodRange(property % 256, builder, value);
                return;
            case 3:
                setEdition(property % 256, builder, value);
                return;
            case 4:
                setSupersession(property % 256, builder, value);
                return;
            case 5:
                setDecision(property % 256, builder, value);
                return;
            case 6:
                setLevelNames(property % 256, builder, value);
                return;
            case 7:
                setRelatedPlan(property % 256, builder, value);
                return;
            case 8:
                setExtensionUse(property % 256, builder, value);
                return;
            case 9:
                setStatement(property % 256, builder, value);
                return;
            case 10:
                setBlock(property % 256, builder, value);
                return;
            case 11:
                setSignatory(property % 256, builder, value);
                return;
            case 12:
                setPurpose(property % 256, builder, value);
                return;
            case 13:
                setSharedValue(property % 256, builder, value);
                return;
            case 14:
                setPrinciple(property % 256, builder, value);
                return;
            case 15:
                setTheme(property % 256, builder, value);
                return;
            case 16:
                setOutcome(property % 256, builder, value);
                return;
            case 17:
                setObjective(property % 256, builder, value);
                return;
            case 18:
                setPriority(property % 256, builder, value);
                return;
            case 19:
                setDeliverable(property % 256, builder, value);
                return;
            case 20:
                setCommitment(property % 256, builder, value);
                return;
            case 21:
                setItemList(property % 256, builder, value);
                return;
            case 22:
                setListItem(property % 256, builder, value);
                return;
            case 23:
                setMilestone(property % 256, builder, value);
                return;
            case 24:
                setProgressUpdate(property % 256, builder, value);
                return;
            case 25:
                setMeasure(property % 256, builder, value);
                return;
            case 26:
                setMetricReference(property % 256, builder, value);
                return;
            case 27:
                setTarget(property % 256, builder, value);
                return;
            case 28:
                setTargetRevision(property % 256, builder, value);
                return;
            case 29:
                setObservation(property % 256, builder, value);
                return;
            case 30:
                setAssessment(property % 256, builder, value);
                return;
            case 31:
                setTolerance(property % 256, builder, value);
                return;
            case 32:
                setOwner(property % 256, builder, value);
                return;
            case 33:
                setPartner(property % 256, builder, value);
                return;
            case 34:
                setLink(property % 256, builder, value);
                return;
            case 35:
                setExternalReference(property % 256, builder, value);
                return;
            case 36:
                setAlternativeName(property % 256, builder, value);
                return;
            case 37:
                setProvenance(property % 256, builder, value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Plan, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPlan(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Plan.Builder) builder).schemaVersion((String) value);
                return;
            case 1:
                ((Plan.Builder) builder).id((ElementId) value);
                return;
            case 2:
                ((Plan.Builder) builder).title((Text) value);
                return;
            case 3:
                ((Plan.Builder) builder).organisation((Organisation) value);
                return;
            case 4:
                ((Plan.Builder) builder).period((PeriodRange) value);
                return;
            case 5:
                ((Plan.Builder) builder).published((PlanDate) value);
                return;
            case 6:
                ((Plan.Builder) builder).edition((Edition) value);
                return;
            case 7:
                ((Plan.Builder) builder).addAllLanguages((List<String>) value);
                return;
            case 8:
                ((Plan.Builder) builder).addAllPartialLanguages((List<String>) value);
                return;
            case 9:
                ((Plan.Builder) builder).levelNames((LevelNames) value);
                return;
            case 10:
                ((Plan.Builder) builder).addAllOverseenBy((List<ElementId>) value);
                return;
            case 11:
                ((Plan.Builder) builder).addAllRelatedPlans((List<RelatedPlan>) value);
                return;
            case 12:
                ((Plan.Builder) builder).addAllExtensionsUsed((List<ExtensionUse>) value);
                return;
            case 13:
                ((Plan.Builder) builder).vision((Statement) value);
                return;
            case 14:
                ((Plan.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 15:
                ((Plan.Builder) builder).addAllStatements((List<Statement>) value);
                return;
            case 16:
                ((Plan.Builder) builder).purpose((Purpose) value);
                return;
            case 17:
                ((Plan.Builder) builder).addAllValues((List<SharedValue>) value);
                return;
            case 18:
                ((Plan.Builder) builder).addAllPrinciples((List<Principle>) value);
                return;
            case 19:
                ((Plan.Builder) builder).addAllThemes((List<Theme>) value);
                return;
            case 20:
                ((Plan.Builder) builder).addAllMeasures((List<Measure>) value);
                return;
            case 21:
                ((Plan.Builder) builder).addAllOwners((List<Owner>) value);
                return;
            case 22:
                ((Plan.Builder) builder).addAllPartners((List<Partner>) value);
                return;
            case 23:
                ((Plan.Builder) builder).addAllLinks((List<Link>) value);
                return;
            case 24:
                ((Plan.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 25:
                ((Plan.Builder) builder).provenance((Provenance) value);
                return;
            case 26:
                ((Plan.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 27:
                ((Plan.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Organisation, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setOrganisation(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Organisation.Builder) builder).name((Text) value);
                return;
            case 1:
                ((Organisation.Builder) builder).code((String) value);
                return;
            case 2:
                ((Organisation.Builder) builder).gssCode((String) value);
                return;
            case 3:
                ((Organisation.Builder) builder).orgId((String) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of PeriodRange, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPeriodRange(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((PeriodRange.Builder) builder).start((ReportingPeriod) value);
                return;
            case 1:
                ((PeriodRange.Builder) builder).end((ReportingPeriod) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Edition, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setEdition(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Edition.Builder) builder).name((String) value);
                return;
            case 1:
                ((Edition.Builder) builder).status((EditionStatus) value);
                return;
            case 2:
                ((Edition.Builder) builder).adoptedOn((LocalDate) value);
                return;
            case 3:
                ((Edition.Builder) builder).decision((Decision) value);
                return;
            case 4:
                ((Edition.Builder) builder).supersedes((String) value);
                return;
            case 5:
                ((Edition.Builder) builder).supersededBy((Supersession) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Supersession, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setSupersession(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Supersession.Builder) builder).edition((String) value);
                return;
            case 1:
                ((Supersession.Builder) builder).on((LocalDate) value);
                return;
            case 2:
                ((Supersession.Builder) builder).decision((Decision) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Decision, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setDecision(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Decision.Builder) builder).body((Text) value);
                return;
            case 1:
                ((Decision.Builder) builder).date((LocalDate) value);
                return;
            case 2:
                ((Decision.Builder) builder).reference((String) value);
                return;
            case 3:
                ((Decision.Builder) builder).uri((URI) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of LevelNames, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setLevelNames(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((LevelNames.Builder) builder).statement((Text) value);
                return;
            case 1:
                ((LevelNames.Builder) builder).value((Text) value);
                return;
            case 2:
                ((LevelNames.Builder) builder).principle((Text) value);
                return;
            case 3:
                ((LevelNames.Builder) builder).theme((Text) value);
                return;
            case 4:
                ((LevelNames.Builder) builder).objective((Text) value);
                return;
            case 5:
                ((LevelNames.Builder) builder).outcome((Text) value);
                return;
            case 6:
                ((LevelNames.Builder) builder).priority((Text) value);
                return;
            case 7:
                ((LevelNames.Builder) builder).deliverable((Text) value);
                return;
            case 8:
                ((LevelNames.Builder) builder).commitment((Text) value);
                return;
            case 9:
                ((LevelNames.Builder) builder).list((Text) value);
                return;
            case 10:
                ((LevelNames.Builder) builder).item((Text) value);
                return;
            case 11:
                ((LevelNames.Builder) builder).measure((Text) value);
                return;
            case 12:
                ((LevelNames.Builder) builder).milestone((Text) value);
                return;
            case 13:
                ((LevelNames.Builder) builder).owner((Text) value);
                return;
            case 14:
                ((LevelNames.Builder) builder).partner((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of RelatedPlan, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setRelatedPlan(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((RelatedPlan.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((RelatedPlan.Builder) builder).relation((PlanRelation) value);
                return;
            case 2:
                ((RelatedPlan.Builder) builder).title((Text) value);
                return;
            case 3:
                ((RelatedPlan.Builder) builder).uri((URI) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of ExtensionUse, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setExtensionUse(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((ExtensionUse.Builder) builder).name((ElementId) value);
                return;
            case 1:
                ((ExtensionUse.Builder) builder).version((ElementId) value);
                return;
            case 2:
                ((ExtensionUse.Builder) builder).schema((URI) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Statement, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setStatement(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Statement.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Statement.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Statement.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Statement.Builder) builder).heading((Text) value);
                return;
            case 4:
                ((Statement.Builder) builder).addAllBody((List<Block>) value);
                return;
            case 5:
                ((Statement.Builder) builder).addAllSignatories((List<Signatory>) value);
                return;
            case 6:
                ((Statement.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 7:
                ((Statement.Builder) builder).provenance((Provenance) value);
                return;
            case 8:
                ((Statement.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 9:
                ((Statement.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Block, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setBlock(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Block.Builder) builder).paragraph((Text) value);
                return;
            case 1:
                ((Block.Builder) builder).addAllList((List<Text>) value);
                return;
            case 2:
                ((Block.Builder) builder).numbered((Boolean) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Signatory, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setSignatory(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Signatory.Builder) builder).name((String) value);
                return;
            case 1:
                ((Signatory.Builder) builder).role((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Purpose, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPurpose(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Purpose.Builder) builder).introduction((Text) value);
                return;
            case 1:
                ((Purpose.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 2:
                ((Purpose.Builder) builder).addAllStatements((List<Text>) value);
                return;
            case 3:
                ((Purpose.Builder) builder).addAllApproaches((List<Text>) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of SharedValue, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setSharedValue(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((SharedValue.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((SharedValue.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((SharedValue.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((SharedValue.Builder) builder).name((Text) value);
                return;
            case 4:
                ((SharedValue.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 5:
                ((SharedValue.Builder) builder).addAllBehaviours((List<Text>) value);
                return;
            case 6:
                ((SharedValue.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 7:
                ((SharedValue.Builder) builder).provenance((Provenance) value);
                return;
            case 8:
                ((SharedValue.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 9:
                ((SharedValue.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Principle, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPrinciple(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Principle.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Principle.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Principle.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Principle.Builder) builder).name((Text) value);
                return;
            case 4:
                ((Principle.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Principle.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 6:
                ((Principle.Builder) builder).provenance((Provenance) value);
                return;
            case 7:
                ((Principle.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 8:
                ((Principle.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Theme, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setTheme(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Theme.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Theme.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Theme.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Theme.Builder) builder).name((Text) value);
                return;
            case 4:
                ((Theme.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Theme.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 6:
                ((Theme.Builder) builder).levelNames((LevelNames) value);
                return;
            case 7:
                ((Theme.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 8:
                ((Theme.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 9:
                ((Theme.Builder) builder).addAllObjectives((List<Objective>) value);
                return;
            case 10:
                ((Theme.Builder) builder).addAllPriorities((List<Priority>) value);
                return;
            case 11:
                ((Theme.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 12:
                ((Theme.Builder) builder).addAllCommitments((List<Commitment>) value);
                return;
            case 13:
                ((Theme.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 14:
                ((Theme.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 15:
                ((Theme.Builder) builder).provenance((Provenance) value);
                return;
            case 16:
                ((Theme.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 17:
                ((Theme.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Outcome, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setOutcome(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Outcome.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Outcome.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Outcome.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Outcome.Builder) builder).statement((Text) value);
                return;
            case 4:
                ((Outcome.Builder) builder).by((PlanDate) value);
                return;
            case 5:
                ((Outcome.Builder) builder).longTerm((Boolean) value);
                return;
            case 6:
                ((Outcome.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 7:
                ((Outcome.Builder) builder).provenance((Provenance) value);
                return;
            case 8:
                ((Outcome.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 9:
                ((Outcome.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Objective, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setObjective(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Objective.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Objective.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Objective.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Objective.Builder) builder).title((Text) value);
                return;
            case 4:
                ((Objective.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Objective.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 6:
                ((Objective.Builder) builder).start((PlanDate) value);
                return;
            case 7:
                ((Objective.Builder) builder).end((PlanDate) value);
                return;
            case 8:
                ((Objective.Builder) builder).longTerm((Boolean) value);
                return;
            case 9:
                ((Objective.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 10:
                ((Objective.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 11:
                ((Objective.Builder) builder).addAllPriorities((List<Priority>) value);
                return;
            case 12:
                ((Objective.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 13:
                ((Objective.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 14:
                ((Objective.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 15:
                ((Objective.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 16:
                ((Objective.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 17:
                ((Objective.Builder) builder).provenance((Provenance) value);
                return;
            case 18:
                ((Objective.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 19:
                ((Objective.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Priority, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPriority(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Priority.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Priority.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Priority.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Priority.Builder) builder).title((Text) value);
                return;
            case 4:
                ((Priority.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Priority.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 6:
                ((Priority.Builder) builder).start((PlanDate) value);
                return;
            case 7:
                ((Priority.Builder) builder).end((PlanDate) value);
                return;
            case 8:
                ((Priority.Builder) builder).longTerm((Boolean) value);
                return;
            case 9:
                ((Priority.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 10:
                ((Priority.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 11:
                ((Priority.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 12:
                ((Priority.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 13:
                ((Priority.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 14:
                ((Priority.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 15:
                ((Priority.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 16:
                ((Priority.Builder) builder).provenance((Provenance) value);
                return;
            case 17:
                ((Priority.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 18:
                ((Priority.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Deliverable, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setDeliverable(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Deliverable.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Deliverable.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Deliverable.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Deliverable.Builder) builder).title((Text) value);
                return;
            case 4:
                ((Deliverable.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Deliverable.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 6:
                ((Deliverable.Builder) builder).start((PlanDate) value);
                return;
            case 7:
                ((Deliverable.Builder) builder).end((PlanDate) value);
                return;
            case 8:
                ((Deliverable.Builder) builder).longTerm((Boolean) value);
                return;
            case 9:
                ((Deliverable.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 10:
                ((Deliverable.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 11:
                ((Deliverable.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 12:
                ((Deliverable.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 13:
                ((Deliverable.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 14:
                ((Deliverable.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 15:
                ((Deliverable.Builder) builder).provenance((Provenance) value);
                return;
            case 16:
                ((Deliverable.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 17:
                ((Deliverable.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Commitment, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setCommitment(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Commitment.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Commitment.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Commitment.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Commitment.Builder) builder).text((Text) value);
                return;
            case 4:
                ((Commitment.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 5:
                ((Commitment.Builder) builder).provenance((Provenance) value);
                return;
            case 6:
                ((Commitment.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 7:
                ((Commitment.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of ItemList, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setItemList(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((ItemList.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((ItemList.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((ItemList.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((ItemList.Builder) builder).title((Text) value);
                return;
            case 4:
                ((ItemList.Builder) builder).addAllItems((List<ListItem>) value);
                return;
            case 5:
                ((ItemList.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 6:
                ((ItemList.Builder) builder).provenance((Provenance) value);
                return;
            case 7:
                ((ItemList.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 8:
                ((ItemList.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of ListItem, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setListItem(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((ListItem.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((ListItem.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((ListItem.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((ListItem.Builder) builder).text((Text) value);
                return;
            case 4:
                ((ListItem.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 5:
                ((ListItem.Builder) builder).provenance((Provenance) value);
                return;
            case 6:
                ((ListItem.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 7:
                ((ListItem.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Milestone, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setMilestone(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Milestone.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Milestone.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Milestone.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Milestone.Builder) builder).title((Text) value);
                return;
            case 4:
                ((Milestone.Builder) builder).due((PlanDate) value);
                return;
            case 5:
                ((Milestone.Builder) builder).forecast((PlanDate) value);
                return;
            case 6:
                ((Milestone.Builder) builder).achieved((PlanDate) value);
                return;
            case 7:
                ((Milestone.Builder) builder).status((ProgressStatus) value);
                return;
            case 8:
                ((Milestone.Builder) builder).longTerm((Boolean) value);
                return;
            case 9:
                ((Milestone.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 10:
                ((Milestone.Builder) builder).provenance((Provenance) value);
                return;
            case 11:
                ((Milestone.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 12:
                ((Milestone.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of ProgressUpdate, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setProgressUpdate(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((ProgressUpdate.Builder) builder).period((ReportingPeriod) value);
                return;
            case 1:
                ((ProgressUpdate.Builder) builder).status((ProgressStatus) value);
                return;
            case 2:
                ((ProgressUpdate.Builder) builder).commentary((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Measure, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setMeasure(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Measure.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Measure.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Measure.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Measure.Builder) builder).name((Text) value);
                return;
            case 4:
                ((Measure.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Measure.Builder) builder).unit((String) value);
                return;
            case 6:
                ((Measure.Builder) builder).direction((Direction) value);
                return;
            case 7:
                ((Measure.Builder) builder).frequency((PeriodType) value);
                return;
            case 8:
                ((Measure.Builder) builder).rollUp((RollUpMethod) value);
                return;
            case 9:
                ((Measure.Builder) builder).ratioPer((BigDecimal) value);
                return;
            case 10:
                ((Measure.Builder) builder).baseline((Observation) value);
                return;
            case 11:
                ((Measure.Builder) builder).addAllTargets((List<Target>) value);
                return;
            case 12:
                ((Measure.Builder) builder).addAllActuals((List<Observation>) value);
                return;
            case 13:
                ((Measure.Builder) builder).addAllAssessments((List<Assessment>) value);
                return;
            case 14:
                ((Measure.Builder) builder).tolerance((Tolerance) value);
                return;
            case 15:
                ((Measure.Builder) builder).source((Text) value);
                return;
            case 16:
                ((Measure.Builder) builder).addAllMetrics((List<MetricReference>) value);
                return;
            case 17:
                ((Measure.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 18:
                ((Measure.Builder) builder).longTerm((Boolean) value);
                return;
            case 19:
                ((Measure.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 20:
                ((Measure.Builder) builder).provenance((Provenance) value);
                return;
            case 21:
                ((Measure.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 22:
                ((Measure.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of MetricReference, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setMetricReference(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((MetricReference.Builder) builder).scheme((String) value);
                return;
            case 1:
                ((MetricReference.Builder) builder).id((String) value);
                return;
            case 2:
                ((MetricReference.Builder) builder).uri((URI) value);
                return;
            case 3:
                ((MetricReference.Builder) builder).title((Text) value);
                return;
            case 4:
                ((MetricReference.Builder) builder).polarity((Polarity) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Target, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setTarget(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Target.Builder) builder).period((ReportingPeriod) value);
                return;
            case 1:
                ((Target.Builder) builder).value((BigDecimal) value);
                return;
            case 2:
                ((Target.Builder) builder).text((Text) value);
                return;
            case 3:
                ((Target.Builder) builder).addAllRevisions((List<TargetRevision>) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of TargetRevision, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setTargetRevision(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((TargetRevision.Builder) builder).date((LocalDate) value);
                return;
            case 1:
                ((TargetRevision.Builder) builder).value((BigDecimal) value);
                return;
            case 2:
                ((TargetRevision.Builder) builder).text((Text) value);
                return;
            case 3:
                ((TargetRevision.Builder) builder).withdrawn((Boolean) value);
                return;
            case 4:
                ((TargetRevision.Builder) builder).decision((Decision) value);
                return;
            case 5:
                ((TargetRevision.Builder) builder).reason((Text) value);
                return;
            case 6:
                ((TargetRevision.Builder) builder).afterPeriodClosed((Boolean) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Observation, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setObservation(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Observation.Builder) builder).period((ReportingPeriod) value);
                return;
            case 1:
                ((Observation.Builder) builder).asAt((LocalDate) value);
                return;
            case 2:
                ((Observation.Builder) builder).value((BigDecimal) value);
                return;
            case 3:
                ((Observation.Builder) builder).numerator((BigDecimal) value);
                return;
            case 4:
                ((Observation.Builder) builder).denominator((BigDecimal) value);
                return;
            case 5:
                ((Observation.Builder) builder).text((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Assessment, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setAssessment(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Assessment.Builder) builder).period((ReportingPeriod) value);
                return;
            case 1:
                ((Assessment.Builder) builder).status((RagState) value);
                return;
            case 2:
                ((Assessment.Builder) builder).reason((Text) value);
                return;
            case 3:
                ((Assessment.Builder) builder).forecast((BigDecimal) value);
                return;
            case 4:
                ((Assessment.Builder) builder).forecastStatus((RagState) value);
                return;
            case 5:
                ((Assessment.Builder) builder).commentary((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Tolerance, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setTolerance(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Tolerance.Builder) builder).absolute((BigDecimal) value);
                return;
            case 1:
                ((Tolerance.Builder) builder).percent((BigDecimal) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Owner, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setOwner(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Owner.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Owner.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Owner.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Owner.Builder) builder).name((Text) value);
                return;
            case 4:
                ((Owner.Builder) builder).type((OwnerType) value);
                return;
            case 5:
                ((Owner.Builder) builder).holder((String) value);
                return;
            case 6:
                ((Owner.Builder) builder).addAllAccountableTo((List<ElementId>) value);
                return;
            case 7:
                ((Owner.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 8:
                ((Owner.Builder) builder).provenance((Provenance) value);
                return;
            case 9:
                ((Owner.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 10:
                ((Owner.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Partner, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setPartner(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Partner.Builder) builder).id((ElementId) value);
                return;
            case 1:
                ((Partner.Builder) builder).number((DisplayNumber) value);
                return;
            case 2:
                ((Partner.Builder) builder).levelName((Text) value);
                return;
            case 3:
                ((Partner.Builder) builder).name((Text) value);
                return;
            case 4:
                ((Partner.Builder) builder).description((Text) value);
                return;
            case 5:
                ((Partner.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 6:
                ((Partner.Builder) builder).provenance((Provenance) value);
                return;
            case 7:
                ((Partner.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 8:
                ((Partner.Builder) builder).extensions((Extensions) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Link, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setLink(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Link.Builder) builder).from((ElementId) value);
                return;
            case 1:
                ((Link.Builder) builder).kind((LinkKind) value);
                return;
            case 2:
                ((Link.Builder) builder).to((ElementId) value);
                return;
            case 3:
                ((Link.Builder) builder).toPlan((ElementId) value);
                return;
            case 4:
                ((Link.Builder) builder).note((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of ExternalReference, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setExternalReference(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((ExternalReference.Builder) builder).system((String) value);
                return;
            case 1:
                ((ExternalReference.Builder) builder).key((String) value);
                return;
            case 2:
                ((ExternalReference.Builder) builder).uri((URI) value);
                return;
            case 3:
                ((ExternalReference.Builder) builder).title((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of AlternativeName, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setAlternativeName(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((AlternativeName.Builder) builder).name((Text) value);
                return;
            case 1:
                ((AlternativeName.Builder) builder).note((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** set for the properties of Provenance, by their place in its shape. */
    @SuppressWarnings("unchecked")
    private static void setProvenance(int property, Object builder, Object value) {
        switch (property) {
            case 0:
                ((Provenance.Builder) builder).document((Text) value);
                return;
            case 1:
                ((Provenance.Builder) builder).page((String) value);
                return;
            case 2:
                ((Provenance.Builder) builder).uri((URI) value);
                return;
            case 3:
                ((Provenance.Builder) builder).quote((Text) value);
                return;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** The type property {@code property}'s accessor returns, without its type arguments. */
    static Class<?> returned(int property) {
        switch (property / 256) {
            case 0:
                return returnedPlan(property % 256);
            case 1:
                return returnedOrganisation(property % 256);
            case 2:
                return returnedPeriodRange(property % 256);
            case 3:
                return returnedEdition(property % 256);
            case 4:
                return returnedSupersession(property % 256);
            case 5:
                return returnedDecision(property % 256);
            case 6:
                return returnedLevelNames(property % 256);
            case 7:
                return returnedRelatedPlan(property % 256);
            case 8:
                return returnedExtensionUse(property % 256);
            case 9:
                return returnedStatement(property % 256);
            case 10:
                return returnedBlock(property % 256);
            case 11:
                return returnedSignatory(property % 256);
            case 12:
                return returnedPurpose(property % 256);
            case 13:
                return returnedSharedValue(property % 256);
            case 14:
                return returnedPrinciple(property % 256);
            case 15:
                return returnedTheme(property % 256);
            case 16:
                return returnedOutcome(property % 256);
            case 17:
                return returnedObjective(property % 256);
            case 18:
                return returnedPriority(property % 256);
            case 19:
                return returnedDeliverable(property % 256);
            case 20:
                return returnedCommitment(property % 256);
            case 21:
                return returnedItemList(property % 256);
            case 22:
                return returnedListItem(property % 256);
            case 23:
                return returnedMilestone(property % 256);
            case 24:
                return returnedProgressUpdate(property % 256);
            case 25:
                return returnedMeasure(property % 256);
            case 26:
                return returnedMetricReference(property % 256);
            case 27:
                return returnedTarget(property % 256);
            case 28:
                return returnedTargetRevision(property % 256);
            case 29:
                return returnedObservation(property % 256);
            case 30:
                return returnedAssessment(property % 256);
            case 31:
                return returnedTolerance(property % 256);
            case 32:
                return returnedOwner(property % 256);
            case 33:
                return returnedPartner(property % 256);
            case 34:
                return returnedLink(property % 256);
            case 35:
                return returnedExternalReference(property % 256);
            case 36:
                return returnedAlternativeName(property % 256);
            case 37:
                return returnedProvenance(property % 256);
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Plan, by their place in its shape. */
    private static Class<?> returnedPlan(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return ElementId.class;
            case 2:
                return Text.class;
            case 3:
                return Organisation.class;
            case 4:
                return PeriodRange.class;
            case 5:
                return Optional.class;
            case 6:
                return Optional.class;
            case 7:
                return List.class;
            case 8:
                return List.class;
            case 9:
                return Optional.class;
            case 10:
                return List.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return Optional.class;
            case 14:
                return Map.class;
            case 15:
                return List.class;
            case 16:
                return Optional.class;
            case 17:
                return List.class;
            case 18:
                return List.class;
            case 19:
                return List.class;
            case 20:
                return List.class;
            case 21:
                return List.class;
            case 22:
                return List.class;
            case 23:
                return List.class;
            case 24:
                return List.class;
            case 25:
                return Optional.class;
            case 26:
                return List.class;
            case 27:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Organisation, by their place in its shape. */
    private static Class<?> returnedOrganisation(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of PeriodRange, by their place in its shape. */
    private static Class<?> returnedPeriodRange(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return ReportingPeriod.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Edition, by their place in its shape. */
    private static Class<?> returnedEdition(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return EditionStatus.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Supersession, by their place in its shape. */
    private static Class<?> returnedSupersession(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Decision, by their place in its shape. */
    private static Class<?> returnedDecision(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of LevelNames, by their place in its shape. */
    private static Class<?> returnedLevelNames(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return Optional.class;
            case 9:
                return Optional.class;
            case 10:
                return Optional.class;
            case 11:
                return Optional.class;
            case 12:
                return Optional.class;
            case 13:
                return Optional.class;
            case 14:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of RelatedPlan, by their place in its shape. */
    private static Class<?> returnedRelatedPlan(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of ExtensionUse, by their place in its shape. */
    private static Class<?> returnedExtensionUse(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return ElementId.class;
            case 2:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Statement, by their place in its shape. */
    private static Class<?> returnedStatement(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return List.class;
            case 5:
                return List.class;
            case 6:
                return List.class;
            case 7:
                return Optional.class;
            case 8:
                return List.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Block, by their place in its shape. */
    private static Class<?> returnedBlock(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return List.class;
            case 2:
                return boolean.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Signatory, by their place in its shape. */
    private static Class<?> returnedSignatory(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Purpose, by their place in its shape. */
    private static Class<?> returnedPurpose(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Map.class;
            case 2:
                return List.class;
            case 3:
                return List.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of SharedValue, by their place in its shape. */
    private static Class<?> returnedSharedValue(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Map.class;
            case 5:
                return List.class;
            case 6:
                return List.class;
            case 7:
                return Optional.class;
            case 8:
                return List.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Principle, by their place in its shape. */
    private static Class<?> returnedPrinciple(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return List.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Theme, by their place in its shape. */
    private static Class<?> returnedTheme(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return Map.class;
            case 8:
                return List.class;
            case 9:
                return List.class;
            case 10:
                return List.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return List.class;
            case 14:
                return List.class;
            case 15:
                return Optional.class;
            case 16:
                return List.class;
            case 17:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Outcome, by their place in its shape. */
    private static Class<?> returnedOutcome(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return boolean.class;
            case 6:
                return List.class;
            case 7:
                return Optional.class;
            case 8:
                return List.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Objective, by their place in its shape. */
    private static Class<?> returnedObjective(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return boolean.class;
            case 9:
                return Map.class;
            case 10:
                return List.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return List.class;
            case 14:
                return List.class;
            case 15:
                return List.class;
            case 16:
                return List.class;
            case 17:
                return Optional.class;
            case 18:
                return List.class;
            case 19:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Priority, by their place in its shape. */
    private static Class<?> returnedPriority(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return boolean.class;
            case 9:
                return Map.class;
            case 10:
                return List.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return List.class;
            case 14:
                return List.class;
            case 15:
                return List.class;
            case 16:
                return Optional.class;
            case 17:
                return List.class;
            case 18:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Deliverable, by their place in its shape. */
    private static Class<?> returnedDeliverable(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return boolean.class;
            case 9:
                return Map.class;
            case 10:
                return List.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return List.class;
            case 14:
                return List.class;
            case 15:
                return Optional.class;
            case 16:
                return List.class;
            case 17:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Commitment, by their place in its shape. */
    private static Class<?> returnedCommitment(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return List.class;
            case 5:
                return Optional.class;
            case 6:
                return List.class;
            case 7:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of ItemList, by their place in its shape. */
    private static Class<?> returnedItemList(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return List.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return List.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of ListItem, by their place in its shape. */
    private static Class<?> returnedListItem(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return List.class;
            case 5:
                return Optional.class;
            case 6:
                return List.class;
            case 7:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Milestone, by their place in its shape. */
    private static Class<?> returnedMilestone(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return PlanDate.class;
            case 5:
                return Optional.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return boolean.class;
            case 9:
                return List.class;
            case 10:
                return Optional.class;
            case 11:
                return List.class;
            case 12:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of ProgressUpdate, by their place in its shape. */
    private static Class<?> returnedProgressUpdate(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return ProgressStatus.class;
            case 2:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Measure, by their place in its shape. */
    private static Class<?> returnedMeasure(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            case 6:
                return Optional.class;
            case 7:
                return Optional.class;
            case 8:
                return Optional.class;
            case 9:
                return Optional.class;
            case 10:
                return Optional.class;
            case 11:
                return List.class;
            case 12:
                return List.class;
            case 13:
                return List.class;
            case 14:
                return Optional.class;
            case 15:
                return Optional.class;
            case 16:
                return List.class;
            case 17:
                return List.class;
            case 18:
                return boolean.class;
            case 19:
                return List.class;
            case 20:
                return Optional.class;
            case 21:
                return List.class;
            case 22:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of MetricReference, by their place in its shape. */
    private static Class<?> returnedMetricReference(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return String.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Target, by their place in its shape. */
    private static Class<?> returnedTarget(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return List.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of TargetRevision, by their place in its shape. */
    private static Class<?> returnedTargetRevision(int property) {
        switch (property) {
            case 0:
                return LocalDate.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return boolean.class;
            case 4:
                return Decision.class;
            case 5:
                return Optional.class;
            case 6:
                return boolean.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Observation, by their place in its shape. */
    private static Class<?> returnedObservation(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Assessment, by their place in its shape. */
    private static Class<?> returnedAssessment(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Tolerance, by their place in its shape. */
    private static Class<?> returnedTolerance(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Owner, by their place in its shape. */
    private static Class<?> returnedOwner(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return Optional.class;
            case 6:
                return List.class;
            case 7:
                return List.class;
            case 8:
                return Optional.class;
            case 9:
                return List.class;
            case 10:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Partner, by their place in its shape. */
    private static Class<?> returnedPartner(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Text.class;
            case 4:
                return Optional.class;
            case 5:
                return List.class;
            case 6:
                return Optional.class;
            case 7:
                return List.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Link, by their place in its shape. */
    private static Class<?> returnedLink(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return LinkKind.class;
            case 2:
                return ElementId.class;
            case 3:
                return Optional.class;
            case 4:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of ExternalReference, by their place in its shape. */
    private static Class<?> returnedExternalReference(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of AlternativeName, by their place in its shape. */
    private static Class<?> returnedAlternativeName(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** returned for the properties of Provenance, by their place in its shape. */
    private static Class<?> returnedProvenance(int property) {
        switch (property) {
            case 0:
                return Optional.class;
            case 1:
                return Optional.class;
            case 2:
                return Optional.class;
            case 3:
                return Optional.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** The type one value of property {@code property} has: what its accessor returns, or what its list, map or Optional holds. */
    static Class<?> held(int property) {
        switch (property / 256) {
            case 0:
                return heldPlan(property % 256);
            case 1:
                return heldOrganisation(property % 256);
            case 2:
                return heldPeriodRange(property % 256);
            case 3:
                return heldEdition(property % 256);
            case 4:
                return heldSupersession(property % 256);
            case 5:
                return heldDecision(property % 256);
            case 6:
                return heldLevelNames(property % 256);
            case 7:
                return heldRelatedPlan(property % 256);
            case 8:
                return heldExtensionUse(property % 256);
            case 9:
                return heldStatement(property % 256);
            case 10:
                return heldBlock(property % 256);
            case 11:
                return heldSignatory(property % 256);
            case 12:
                return heldPurpose(property % 256);
            case 13:
                return heldSharedValue(property % 256);
            case 14:
                return heldPrinciple(property % 256);
            case 15:
                return heldTheme(property % 256);
            case 16:
                return heldOutcome(property % 256);
            case 17:
                return heldObjective(property % 256);
            case 18:
                return heldPriority(property % 256);
            case 19:
                return heldDeliverable(property % 256);
            case 20:
                return heldCommitment(property % 256);
            case 21:
                return heldItemList(property % 256);
            case 22:
                return heldListItem(property % 256);
            case 23:
                return heldMilestone(property % 256);
            case 24:
                return heldProgressUpdate(property % 256);
            case 25:
                return heldMeasure(property % 256);
            case 26:
                return heldMetricReference(property % 256);
            case 27:
                return heldTarget(property % 256);
            case 28:
                return heldTargetRevision(property % 256);
            case 29:
                return heldObservation(property % 256);
            case 30:
                return heldAssessment(property % 256);
            case 31:
                return heldTolerance(property % 256);
            case 32:
                return heldOwner(property % 256);
            case 33:
                return heldPartner(property % 256);
            case 34:
                return heldLink(property % 256);
            case 35:
                return heldExternalReference(property % 256);
            case 36:
                return heldAlternativeName(property % 256);
            case 37:
                return heldProvenance(property % 256);
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Plan, by their place in its shape. */
    private static Class<?> heldPlan(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return ElementId.class;
            case 2:
                return Text.class;
            case 3:
                return Organisation.class;
            case 4:
                return PeriodRange.class;
            case 5:
                return PlanDate.class;
            case 6:
                return Edition.class;
            case 7:
                return String.class;
            case 8:
                return String.class;
            case 9:
                return LevelNames.class;
            case 10:
                return ElementId.class;
            case 11:
                return RelatedPlan.class;
            case 12:
                return ExtensionUse.class;
            case 13:
                return Statement.class;
            case 14:
                return Text.class;
            case 15:
                return Statement.class;
            case 16:
                return Purpose.class;
            case 17:
                return SharedValue.class;
            case 18:
                return Principle.class;
            case 19:
                return Theme.class;
            case 20:
                return Measure.class;
            case 21:
                return Owner.class;
            case 22:
                return Partner.class;
            case 23:
                return Link.class;
            case 24:
                return AlternativeName.class;
            case 25:
                return Provenance.class;
            case 26:
                return ExternalReference.class;
            case 27:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Organisation, by their place in its shape. */
    private static Class<?> heldOrganisation(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return String.class;
            case 2:
                return String.class;
            case 3:
                return String.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of PeriodRange, by their place in its shape. */
    private static Class<?> heldPeriodRange(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return ReportingPeriod.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Edition, by their place in its shape. */
    private static Class<?> heldEdition(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return EditionStatus.class;
            case 2:
                return LocalDate.class;
            case 3:
                return Decision.class;
            case 4:
                return String.class;
            case 5:
                return Supersession.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Supersession, by their place in its shape. */
    private static Class<?> heldSupersession(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return LocalDate.class;
            case 2:
                return Decision.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Decision, by their place in its shape. */
    private static Class<?> heldDecision(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return LocalDate.class;
            case 2:
                return String.class;
            case 3:
                return URI.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of LevelNames, by their place in its shape. */
    private static Class<?> heldLevelNames(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Text.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return Text.class;
            case 6:
                return Text.class;
            case 7:
                return Text.class;
            case 8:
                return Text.class;
            case 9:
                return Text.class;
            case 10:
                return Text.class;
            case 11:
                return Text.class;
            case 12:
                return Text.class;
            case 13:
                return Text.class;
            case 14:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of RelatedPlan, by their place in its shape. */
    private static Class<?> heldRelatedPlan(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return PlanRelation.class;
            case 2:
                return Text.class;
            case 3:
                return URI.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of ExtensionUse, by their place in its shape. */
    private static Class<?> heldExtensionUse(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return ElementId.class;
            case 2:
                return URI.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Statement, by their place in its shape. */
    private static Class<?> heldStatement(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Block.class;
            case 5:
                return Signatory.class;
            case 6:
                return AlternativeName.class;
            case 7:
                return Provenance.class;
            case 8:
                return ExternalReference.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Block, by their place in its shape. */
    private static Class<?> heldBlock(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Text.class;
            case 2:
                return boolean.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Signatory, by their place in its shape. */
    private static Class<?> heldSignatory(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Purpose, by their place in its shape. */
    private static Class<?> heldPurpose(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Text.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of SharedValue, by their place in its shape. */
    private static Class<?> heldSharedValue(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return Text.class;
            case 6:
                return AlternativeName.class;
            case 7:
                return Provenance.class;
            case 8:
                return ExternalReference.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Principle, by their place in its shape. */
    private static Class<?> heldPrinciple(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return AlternativeName.class;
            case 6:
                return Provenance.class;
            case 7:
                return ExternalReference.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Theme, by their place in its shape. */
    private static Class<?> heldTheme(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return ElementId.class;
            case 6:
                return LevelNames.class;
            case 7:
                return Text.class;
            case 8:
                return Outcome.class;
            case 9:
                return Objective.class;
            case 10:
                return Priority.class;
            case 11:
                return Deliverable.class;
            case 12:
                return Commitment.class;
            case 13:
                return ItemList.class;
            case 14:
                return AlternativeName.class;
            case 15:
                return Provenance.class;
            case 16:
                return ExternalReference.class;
            case 17:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Outcome, by their place in its shape. */
    private static Class<?> heldOutcome(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return PlanDate.class;
            case 5:
                return boolean.class;
            case 6:
                return AlternativeName.class;
            case 7:
                return Provenance.class;
            case 8:
                return ExternalReference.class;
            case 9:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Objective, by their place in its shape. */
    private static Class<?> heldObjective(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return ElementId.class;
            case 6:
                return PlanDate.class;
            case 7:
                return PlanDate.class;
            case 8:
                return boolean.class;
            case 9:
                return Text.class;
            case 10:
                return Outcome.class;
            case 11:
                return Priority.class;
            case 12:
                return Deliverable.class;
            case 13:
                return ItemList.class;
            case 14:
                return Milestone.class;
            case 15:
                return ProgressUpdate.class;
            case 16:
                return AlternativeName.class;
            case 17:
                return Provenance.class;
            case 18:
                return ExternalReference.class;
            case 19:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Priority, by their place in its shape. */
    private static Class<?> heldPriority(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return ElementId.class;
            case 6:
                return PlanDate.class;
            case 7:
                return PlanDate.class;
            case 8:
                return boolean.class;
            case 9:
                return Text.class;
            case 10:
                return Outcome.class;
            case 11:
                return Deliverable.class;
            case 12:
                return ItemList.class;
            case 13:
                return Milestone.class;
            case 14:
                return ProgressUpdate.class;
            case 15:
                return AlternativeName.class;
            case 16:
                return Provenance.class;
            case 17:
                return ExternalReference.class;
            case 18:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Deliverable, by their place in its shape. */
    private static Class<?> heldDeliverable(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return ElementId.class;
            case 6:
                return PlanDate.class;
            case 7:
                return PlanDate.class;
            case 8:
                return boolean.class;
            case 9:
                return Text.class;
            case 10:
                return Outcome.class;
            case 11:
                return ItemList.class;
            case 12:
                return Milestone.class;
            case 13:
                return ProgressUpdate.class;
            case 14:
                return AlternativeName.class;
            case 15:
                return Provenance.class;
            case 16:
                return ExternalReference.class;
            case 17:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Commitment, by their place in its shape. */
    private static Class<?> heldCommitment(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return AlternativeName.class;
            case 5:
                return Provenance.class;
            case 6:
                return ExternalReference.class;
            case 7:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of ItemList, by their place in its shape. */
    private static Class<?> heldItemList(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return ListItem.class;
            case 5:
                return AlternativeName.class;
            case 6:
                return Provenance.class;
            case 7:
                return ExternalReference.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of ListItem, by their place in its shape. */
    private static Class<?> heldListItem(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return AlternativeName.class;
            case 5:
                return Provenance.class;
            case 6:
                return ExternalReference.class;
            case 7:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Milestone, by their place in its shape. */
    private static Class<?> heldMilestone(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return PlanDate.class;
            case 5:
                return PlanDate.class;
            case 6:
                return PlanDate.class;
            case 7:
                return ProgressStatus.class;
            case 8:
                return boolean.class;
            case 9:
                return AlternativeName.class;
            case 10:
                return Provenance.class;
            case 11:
                return ExternalReference.class;
            case 12:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of ProgressUpdate, by their place in its shape. */
    private static Class<?> heldProgressUpdate(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return ProgressStatus.class;
            case 2:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Measure, by their place in its shape. */
    private static Class<?> heldMeasure(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return String.class;
            case 6:
                return Direction.class;
            case 7:
                return PeriodType.class;
            case 8:
                return RollUpMethod.class;
            case 9:
                return BigDecimal.class;
            case 10:
                return Observation.class;
            case 11:
                return Target.class;
            case 12:
                return Observation.class;
            case 13:
                return Assessment.class;
            case 14:
                return Tolerance.class;
            case 15:
                return Text.class;
            case 16:
                return MetricReference.class;
            case 17:
                return ElementId.class;
            case 18:
                return boolean.class;
            case 19:
                return AlternativeName.class;
            case 20:
                return Provenance.class;
            case 21:
                return ExternalReference.class;
            case 22:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of MetricReference, by their place in its shape. */
    private static Class<?> heldMetricReference(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return String.class;
            case 2:
                return URI.class;
            case 3:
                return Text.class;
            case 4:
                return Polarity.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Target, by their place in its shape. */
    private static Class<?> heldTarget(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return BigDecimal.class;
            case 2:
                return Text.class;
            case 3:
                return TargetRevision.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of TargetRevision, by their place in its shape. */
    private static Class<?> heldTargetRevision(int property) {
        switch (property) {
            case 0:
                return LocalDate.class;
            case 1:
                return BigDecimal.class;
            case 2:
                return Text.class;
            case 3:
                return boolean.class;
            case 4:
                return Decision.class;
            case 5:
                return Text.class;
            case 6:
                return boolean.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Observation, by their place in its shape. */
    private static Class<?> heldObservation(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return LocalDate.class;
            case 2:
                return BigDecimal.class;
            case 3:
                return BigDecimal.class;
            case 4:
                return BigDecimal.class;
            case 5:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Assessment, by their place in its shape. */
    private static Class<?> heldAssessment(int property) {
        switch (property) {
            case 0:
                return ReportingPeriod.class;
            case 1:
                return RagState.class;
            case 2:
                return Text.class;
            case 3:
                return BigDecimal.class;
            case 4:
                return RagState.class;
            case 5:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Tolerance, by their place in its shape. */
    private static Class<?> heldTolerance(int property) {
        switch (property) {
            case 0:
                return BigDecimal.class;
            case 1:
                return BigDecimal.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Owner, by their place in its shape. */
    private static Class<?> heldOwner(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return OwnerType.class;
            case 5:
                return String.class;
            case 6:
                return ElementId.class;
            case 7:
                return AlternativeName.class;
            case 8:
                return Provenance.class;
            case 9:
                return ExternalReference.class;
            case 10:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Partner, by their place in its shape. */
    private static Class<?> heldPartner(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return DisplayNumber.class;
            case 2:
                return Text.class;
            case 3:
                return Text.class;
            case 4:
                return Text.class;
            case 5:
                return AlternativeName.class;
            case 6:
                return Provenance.class;
            case 7:
                return ExternalReference.class;
            case 8:
                return Extensions.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Link, by their place in its shape. */
    private static Class<?> heldLink(int property) {
        switch (property) {
            case 0:
                return ElementId.class;
            case 1:
                return LinkKind.class;
            case 2:
                return ElementId.class;
            case 3:
                return ElementId.class;
            case 4:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of ExternalReference, by their place in its shape. */
    private static Class<?> heldExternalReference(int property) {
        switch (property) {
            case 0:
                return String.class;
            case 1:
                return String.class;
            case 2:
                return URI.class;
            case 3:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of AlternativeName, by their place in its shape. */
    private static Class<?> heldAlternativeName(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** held for the properties of Provenance, by their place in its shape. */
    private static Class<?> heldProvenance(int property) {
        switch (property) {
            case 0:
                return Text.class;
            case 1:
                return String.class;
            case 2:
                return URI.class;
            case 3:
                return Text.class;
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** Makes a value with factory {@code factory}. */
    static Object create(int factory, Object argument) {
        switch (factory) {
            case 0:
                return Text.fromJson(argument);
            case 1:
                return ElementId.of((String) argument);
            case 2:
                return PlanDate.fromJson((String) argument);
            case 3:
                return Extensions.of((ObjectNode) argument);
            case 4:
                return ReportingPeriod.fromJson((String) argument);
            case 5:
                return DisplayNumber.of((String) argument);
            default:
                throw new IllegalArgumentException(Integer.toString(factory));
        }
    }
}
