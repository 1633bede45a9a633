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
                    return 28;
                case "code":
                    return 29;
                case "gssCode":
                    return 30;
                case "orgId":
                    return 31;
                default:
                    return -1;
            }
        }
        if (type == PeriodRange.class) {
            switch (name) {
                case "start":
                    return 32;
                case "end":
                    return 33;
                default:
                    return -1;
            }
        }
        if (type == Edition.class) {
            switch (name) {
                case "name":
                    return 34;
                case "status":
                    return 35;
                case "adoptedOn":
                    return 36;
                case "decision":
                    return 37;
                case "supersedes":
                    return 38;
                case "supersededBy":
                    return 39;
                default:
                    return -1;
            }
        }
        if (type == Supersession.class) {
            switch (name) {
                case "edition":
                    return 40;
                case "on":
                    return 41;
                case "decision":
                    return 42;
                default:
                    return -1;
            }
        }
        if (type == Decision.class) {
            switch (name) {
                case "body":
                    return 43;
                case "date":
                    return 44;
                case "reference":
                    return 45;
                case "uri":
                    return 46;
                default:
                    return -1;
            }
        }
        if (type == LevelNames.class) {
            switch (name) {
                case "statement":
                    return 47;
                case "value":
                    return 48;
                case "principle":
                    return 49;
                case "theme":
                    return 50;
                case "objective":
                    return 51;
                case "outcome":
                    return 52;
                case "priority":
                    return 53;
                case "deliverable":
                    return 54;
                case "commitment":
                    return 55;
                case "list":
                    return 56;
                case "item":
                    return 57;
                case "measure":
                    return 58;
                case "milestone":
                    return 59;
                case "owner":
                    return 60;
                case "partner":
                    return 61;
                default:
                    return -1;
            }
        }
        if (type == RelatedPlan.class) {
            switch (name) {
                case "id":
                    return 62;
                case "relation":
                    return 63;
                case "title":
                    return 64;
                case "uri":
                    return 65;
                default:
                    return -1;
            }
        }
        if (type == ExtensionUse.class) {
            switch (name) {
                case "name":
                    return 66;
                case "version":
                    return 67;
                case "schema":
                    return 68;
                default:
                    return -1;
            }
        }
        if (type == Statement.class) {
            switch (name) {
                case "id":
                    return 69;
                case "number":
                    return 70;
                case "levelName":
                    return 71;
                case "heading":
                    return 72;
                case "body":
                    return 73;
                case "signatories":
                    return 74;
                case "otherNames":
                    return 75;
                case "provenance":
                    return 76;
                case "references":
                    return 77;
                case "extensions":
                    return 78;
                default:
                    return -1;
            }
        }
        if (type == Block.class) {
            switch (name) {
                case "paragraph":
                    return 79;
                case "list":
                    return 80;
                case "numbered":
                    return 81;
                default:
                    return -1;
            }
        }
        if (type == Signatory.class) {
            switch (name) {
                case "name":
                    return 82;
                case "role":
                    return 83;
                default:
                    return -1;
            }
        }
        if (type == Purpose.class) {
            switch (name) {
                case "introduction":
                    return 84;
                case "leadIns":
                    return 85;
                case "statements":
                    return 86;
                case "approaches":
                    return 87;
                default:
                    return -1;
            }
        }
        if (type == SharedValue.class) {
            switch (name) {
                case "id":
                    return 88;
                case "number":
                    return 89;
                case "levelName":
                    return 90;
                case "name":
                    return 91;
                case "leadIns":
                    return 92;
                case "behaviours":
                    return 93;
                case "otherNames":
                    return 94;
                case "provenance":
                    return 95;
                case "references":
                    return 96;
                case "extensions":
                    return 97;
                default:
                    return -1;
            }
        }
        if (type == Principle.class) {
            switch (name) {
                case "id":
                    return 98;
                case "number":
                    return 99;
                case "levelName":
                    return 100;
                case "name":
                    return 101;
                case "description":
                    return 102;
                case "otherNames":
                    return 103;
                case "provenance":
                    return 104;
                case "references":
                    return 105;
                case "extensions":
                    return 106;
                default:
                    return -1;
            }
        }
        if (type == Theme.class) {
            switch (name) {
                case "id":
                    return 107;
                case "number":
                    return 108;
                case "levelName":
                    return 109;
                case "name":
                    return 110;
                case "description":
                    return 111;
                case "owners":
                    return 112;
                case "levelNames":
                    return 113;
                case "leadIns":
                    return 114;
                case "outcomes":
                    return 115;
                case "objectives":
                    return 116;
                case "priorities":
                    return 117;
                case "deliverables":
                    return 118;
                case "commitments":
                    return 119;
                case "lists":
                    return 120;
                case "otherNames":
                    return 121;
                case "provenance":
                    return 122;
                case "references":
                    return 123;
                case "extensions":
                    return 124;
                default:
                    return -1;
            }
        }
        if (type == Outcome.class) {
            switch (name) {
                case "id":
                    return 125;
                case "number":
                    return 126;
                case "levelName":
                    return 127;
                case "statement":
                    return 128;
                case "by":
                    return 129;
                case "longTerm":
                    return 130;
                case "otherNames":
                    return 131;
                case "provenance":
                    return 132;
                case "references":
                    return 133;
                case "extensions":
                    return 134;
                default:
                    return -1;
            }
        }
        if (type == Objective.class) {
            switch (name) {
                case "id":
                    return 135;
                case "number":
                    return 136;
                case "levelName":
                    return 137;
                case "title":
                    return 138;
                case "description":
                    return 139;
                case "owners":
                    return 140;
                case "start":
                    return 141;
                case "end":
                    return 142;
                case "longTerm":
                    return 143;
                case "leadIns":
                    return 144;
                case "outcomes":
                    return 145;
                case "priorities":
                    return 146;
                case "deliverables":
                    return 147;
                case "lists":
                    return 148;
                case "milestones":
                    return 149;
                case "progress":
                    return 150;
                case "otherNames":
                    return 151;
                case "provenance":
                    return 152;
                case "references":
                    return 153;
                case "extensions":
                    return 154;
                default:
                    return -1;
            }
        }
        if (type == Priority.class) {
            switch (name) {
                case "id":
                    return 155;
                case "number":
                    return 156;
                case "levelName":
                    return 157;
                case "title":
                    return 158;
                case "description":
                    return 159;
                case "owners":
                    return 160;
                case "start":
                    return 161;
                case "end":
                    return 162;
                case "longTerm":
                    return 163;
                case "leadIns":
                    return 164;
                case "outcomes":
                    return 165;
                case "deliverables":
                    return 166;
                case "lists":
                    return 167;
                case "milestones":
                    return 168;
                case "progress":
                    return 169;
                case "otherNames":
                    return 170;
                case "provenance":
                    return 171;
                case "references":
                    return 172;
                case "extensions":
                    return 173;
                default:
                    return -1;
            }
        }
        if (type == Deliverable.class) {
            switch (name) {
                case "id":
                    return 174;
                case "number":
                    return 175;
                case "levelName":
                    return 176;
                case "title":
                    return 177;
                case "description":
                    return 178;
                case "owners":
                    return 179;
                case "start":
                    return 180;
                case "end":
                    return 181;
                case "longTerm":
                    return 182;
                case "leadIns":
                    return 183;
                case "outcomes":
                    return 184;
                case "lists":
                    return 185;
                case "milestones":
                    return 186;
                case "progress":
                    return 187;
                case "otherNames":
                    return 188;
                case "provenance":
                    return 189;
                case "references":
                    return 190;
                case "extensions":
                    return 191;
                default:
                    return -1;
            }
        }
        if (type == Commitment.class) {
            switch (name) {
                case "id":
                    return 192;
                case "number":
                    return 193;
                case "levelName":
                    return 194;
                case "text":
                    return 195;
                case "otherNames":
                    return 196;
                case "provenance":
                    return 197;
                case "references":
                    return 198;
                case "extensions":
                    return 199;
                default:
                    return -1;
            }
        }
        if (type == ItemList.class) {
            switch (name) {
                case "id":
                    return 200;
                case "number":
                    return 201;
                case "levelName":
                    return 202;
                case "title":
                    return 203;
                case "items":
                    return 204;
                case "otherNames":
                    return 205;
                case "provenance":
                    return 206;
                case "references":
                    return 207;
                case "extensions":
                    return 208;
                default:
                    return -1;
            }
        }
        if (type == ListItem.class) {
            switch (name) {
                case "id":
                    return 209;
                case "number":
                    return 210;
                case "levelName":
                    return 211;
                case "text":
                    return 212;
                case "otherNames":
                    return 213;
                case "provenance":
                    return 214;
                case "references":
                    return 215;
                case "extensions":
                    return 216;
                default:
                    return -1;
            }
        }
        if (type == Milestone.class) {
            switch (name) {
                case "id":
                    return 217;
                case "number":
                    return 218;
                case "levelName":
                    return 219;
                case "title":
                    return 220;
                case "due":
                    return 221;
                case "forecast":
                    return 222;
                case "achieved":
                    return 223;
                case "status":
                    return 224;
                case "longTerm":
                    return 225;
                case "otherNames":
                    return 226;
                case "provenance":
                    return 227;
                case "references":
                    return 228;
                case "extensions":
                    return 229;
                default:
                    return -1;
            }
        }
        if (type == ProgressUpdate.class) {
            switch (name) {
                case "period":
                    return 230;
                case "status":
                    return 231;
                case "commentary":
                    return 232;
                default:
                    return -1;
            }
        }
        if (type == Measure.class) {
            switch (name) {
                case "id":
                    return 233;
                case "number":
                    return 234;
                case "levelName":
                    return 235;
                case "name":
                    return 236;
                case "description":
                    return 237;
                case "unit":
                    return 238;
                case "direction":
                    return 239;
                case "frequency":
                    return 240;
                case "rollUp":
                    return 241;
                case "ratioPer":
                    return 242;
                case "baseline":
                    return 243;
                case "targets":
                    return 244;
                case "actuals":
                    return 245;
                case "assessments":
                    return 246;
                case "tolerance":
                    return 247;
                case "source":
                    return 248;
                case "metrics":
                    return 249;
                case "owners":
                    return 250;
                case "longTerm":
                    return 251;
                case "otherNames":
                    return 252;
                case "provenance":
                    return 253;
                case "references":
                    return 254;
                case "extensions":
                    return 255;
                default:
                    return -1;
            }
        }
        if (type == MetricReference.class) {
            switch (name) {
                case "scheme":
                    return 256;
                case "id":
                    return 257;
                case "uri":
                    return 258;
                case "title":
                    return 259;
                case "polarity":
                    return 260;
                default:
                    return -1;
            }
        }
        if (type == Target.class) {
            switch (name) {
                case "period":
                    return 261;
                case "value":
                    return 262;
                case "text":
                    return 263;
                case "revisions":
                    return 264;
                default:
                    return -1;
            }
        }
        if (type == TargetRevision.class) {
            switch (name) {
                case "date":
                    return 265;
                case "value":
                    return 266;
                case "text":
                    return 267;
                case "withdrawn":
                    return 268;
                case "decision":
                    return 269;
                case "reason":
                    return 270;
                case "afterPeriodClosed":
                    return 271;
                default:
                    return -1;
            }
        }
        if (type == Observation.class) {
            switch (name) {
                case "period":
                    return 272;
                case "asAt":
                    return 273;
                case "value":
                    return 274;
                case "numerator":
                    return 275;
                case "denominator":
                    return 276;
                case "text":
                    return 277;
                default:
                    return -1;
            }
        }
        if (type == Assessment.class) {
            switch (name) {
                case "period":
                    return 278;
                case "status":
                    return 279;
                case "reason":
                    return 280;
                case "forecast":
                    return 281;
                case "forecastStatus":
                    return 282;
                case "commentary":
                    return 283;
                default:
                    return -1;
            }
        }
        if (type == Tolerance.class) {
            switch (name) {
                case "absolute":
                    return 284;
                case "percent":
                    return 285;
                default:
                    return -1;
            }
        }
        if (type == Owner.class) {
            switch (name) {
                case "id":
                    return 286;
                case "number":
                    return 287;
                case "levelName":
                    return 288;
                case "name":
                    return 289;
                case "type":
                    return 290;
                case "holder":
                    return 291;
                case "accountableTo":
                    return 292;
                case "otherNames":
                    return 293;
                case "provenance":
                    return 294;
                case "references":
                    return 295;
                case "extensions":
                    return 296;
                default:
                    return -1;
            }
        }
        if (type == Partner.class) {
            switch (name) {
                case "id":
                    return 297;
                case "number":
                    return 298;
                case "levelName":
                    return 299;
                case "name":
                    return 300;
                case "description":
                    return 301;
                case "otherNames":
                    return 302;
                case "provenance":
                    return 303;
                case "references":
                    return 304;
                case "extensions":
                    return 305;
                default:
                    return -1;
            }
        }
        if (type == Link.class) {
            switch (name) {
                case "from":
                    return 306;
                case "kind":
                    return 307;
                case "to":
                    return 308;
                case "toPlan":
                    return 309;
                case "note":
                    return 310;
                default:
                    return -1;
            }
        }
        if (type == ExternalReference.class) {
            switch (name) {
                case "system":
                    return 311;
                case "key":
                    return 312;
                case "uri":
                    return 313;
                case "title":
                    return 314;
                default:
                    return -1;
            }
        }
        if (type == AlternativeName.class) {
            switch (name) {
                case "name":
                    return 315;
                case "note":
                    return 316;
                default:
                    return -1;
            }
        }
        if (type == Provenance.class) {
            switch (name) {
                case "document":
                    return 317;
                case "page":
                    return 318;
                case "uri":
                    return 319;
                case "quote":
                    return 320;
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
            case 28:
                return ((Organisation) owner).name();
            case 29:
                return ((Organisation) owner).code();
            case 30:
                return ((Organisation) owner).gssCode();
            case 31:
                return ((Organisation) owner).orgId();
            case 32:
                return ((PeriodRange) owner).start();
            case 33:
                return ((PeriodRange) owner).end();
            case 34:
                return ((Edition) owner).name();
            case 35:
                return ((Edition) owner).status();
            case 36:
                return ((Edition) owner).adoptedOn();
            case 37:
                return ((Edition) owner).decision();
            case 38:
                return ((Edition) owner).supersedes();
            case 39:
                return ((Edition) owner).supersededBy();
            case 40:
                return ((Supersession) owner).edition();
            case 41:
                return ((Supersession) owner).on();
            case 42:
                return ((Supersession) owner).decision();
            case 43:
                return ((Decision) owner).body();
            case 44:
                return ((Decision) owner).date();
            case 45:
                return ((Decision) owner).reference();
            case 46:
                return ((Decision) owner).uri();
            case 47:
                return ((LevelNames) owner).statement();
            case 48:
                return ((LevelNames) owner).value();
            case 49:
                return ((LevelNames) owner).principle();
            case 50:
                return ((LevelNames) owner).theme();
            case 51:
                return ((LevelNames) owner).objective();
            case 52:
                return ((LevelNames) owner).outcome();
            case 53:
                return ((LevelNames) owner).priority();
            case 54:
                return ((LevelNames) owner).deliverable();
            case 55:
                return ((LevelNames) owner).commitment();
            case 56:
                return ((LevelNames) owner).list();
            case 57:
                return ((LevelNames) owner).item();
            case 58:
                return ((LevelNames) owner).measure();
            case 59:
                return ((LevelNames) owner).milestone();
            case 60:
                return ((LevelNames) owner).owner();
            case 61:
                return ((LevelNames) owner).partner();
            case 62:
                return ((RelatedPlan) owner).id();
            case 63:
                return ((RelatedPlan) owner).relation();
            case 64:
                return ((RelatedPlan) owner).title();
            case 65:
                return ((RelatedPlan) owner).uri();
            case 66:
                return ((ExtensionUse) owner).name();
            case 67:
                return ((ExtensionUse) owner).version();
            case 68:
                return ((ExtensionUse) owner).schema();
            case 69:
                return ((Statement) owner).id();
            case 70:
                return ((Statement) owner).number();
            case 71:
                return ((Statement) owner).levelName();
            case 72:
                return ((Statement) owner).heading();
            case 73:
                return ((Statement) owner).body();
            case 74:
                return ((Statement) owner).signatories();
            case 75:
                return ((Statement) owner).otherNames();
            case 76:
                return ((Statement) owner).provenance();
            case 77:
                return ((Statement) owner).references();
            case 78:
                return ((Statement) owner).extensions();
            case 79:
                return ((Block) owner).paragraph();
            case 80:
                return ((Block) owner).list();
            case 81:
                return ((Block) owner).numbered();
            case 82:
                return ((Signatory) owner).name();
            case 83:
                return ((Signatory) owner).role();
            case 84:
                return ((Purpose) owner).introduction();
            case 85:
                return ((Purpose) owner).leadIns();
            case 86:
                return ((Purpose) owner).statements();
            case 87:
                return ((Purpose) owner).approaches();
            case 88:
                return ((SharedValue) owner).id();
            case 89:
                return ((SharedValue) owner).number();
            case 90:
                return ((SharedValue) owner).levelName();
            case 91:
                return ((SharedValue) owner).name();
            case 92:
                return ((SharedValue) owner).leadIns();
            case 93:
                return ((SharedValue) owner).behaviours();
            case 94:
                return ((SharedValue) owner).otherNames();
            case 95:
                return ((SharedValue) owner).provenance();
            case 96:
                return ((SharedValue) owner).references();
            case 97:
                return ((SharedValue) owner).extensions();
            case 98:
                return ((Principle) owner).id();
            case 99:
                return ((Principle) owner).number();
            case 100:
                return ((Principle) owner).levelName();
            case 101:
                return ((Principle) owner).name();
            case 102:
                return ((Principle) owner).description();
            case 103:
                return ((Principle) owner).otherNames();
            case 104:
                return ((Principle) owner).provenance();
            case 105:
                return ((Principle) owner).references();
            case 106:
                return ((Principle) owner).extensions();
            case 107:
                return ((Theme) owner).id();
            case 108:
                return ((Theme) owner).number();
            case 109:
                return ((Theme) owner).levelName();
            case 110:
                return ((Theme) owner).name();
            case 111:
                return ((Theme) owner).description();
            case 112:
                return ((Theme) owner).owners();
            case 113:
                return ((Theme) owner).levelNames();
            case 114:
                return ((Theme) owner).leadIns();
            case 115:
                return ((Theme) owner).outcomes();
            case 116:
                return ((Theme) owner).objectives();
            case 117:
                return ((Theme) owner).priorities();
            case 118:
                return ((Theme) owner).deliverables();
            case 119:
                return ((Theme) owner).commitments();
            case 120:
                return ((Theme) owner).lists();
            case 121:
                return ((Theme) owner).otherNames();
            case 122:
                return ((Theme) owner).provenance();
            case 123:
                return ((Theme) owner).references();
            case 124:
                return ((Theme) owner).extensions();
            case 125:
                return ((Outcome) owner).id();
            case 126:
                return ((Outcome) owner).number();
            case 127:
                return ((Outcome) owner).levelName();
            case 128:
                return ((Outcome) owner).statement();
            case 129:
                return ((Outcome) owner).by();
            case 130:
                return ((Outcome) owner).longTerm();
            case 131:
                return ((Outcome) owner).otherNames();
            case 132:
                return ((Outcome) owner).provenance();
            case 133:
                return ((Outcome) owner).references();
            case 134:
                return ((Outcome) owner).extensions();
            case 135:
                return ((Objective) owner).id();
            case 136:
                return ((Objective) owner).number();
            case 137:
                return ((Objective) owner).levelName();
            case 138:
                return ((Objective) owner).title();
            case 139:
                return ((Objective) owner).description();
            case 140:
                return ((Objective) owner).owners();
            case 141:
                return ((Objective) owner).start();
            case 142:
                return ((Objective) owner).end();
            case 143:
                return ((Objective) owner).longTerm();
            case 144:
                return ((Objective) owner).leadIns();
            case 145:
                return ((Objective) owner).outcomes();
            case 146:
                return ((Objective) owner).priorities();
            case 147:
                return ((Objective) owner).deliverables();
            case 148:
                return ((Objective) owner).lists();
            case 149:
                return ((Objective) owner).milestones();
            case 150:
                return ((Objective) owner).progress();
            case 151:
                return ((Objective) owner).otherNames();
            case 152:
                return ((Objective) owner).provenance();
            case 153:
                return ((Objective) owner).references();
            case 154:
                return ((Objective) owner).extensions();
            case 155:
                return ((Priority) owner).id();
            case 156:
                return ((Priority) owner).number();
            case 157:
                return ((Priority) owner).levelName();
            case 158:
                return ((Priority) owner).title();
            case 159:
                return ((Priority) owner).description();
            case 160:
                return ((Priority) owner).owners();
            case 161:
                return ((Priority) owner).start();
            case 162:
                return ((Priority) owner).end();
            case 163:
                return ((Priority) owner).longTerm();
            case 164:
                return ((Priority) owner).leadIns();
            case 165:
                return ((Priority) owner).outcomes();
            case 166:
                return ((Priority) owner).deliverables();
            case 167:
                return ((Priority) owner).lists();
            case 168:
                return ((Priority) owner).milestones();
            case 169:
                return ((Priority) owner).progress();
            case 170:
                return ((Priority) owner).otherNames();
            case 171:
                return ((Priority) owner).provenance();
            case 172:
                return ((Priority) owner).references();
            case 173:
                return ((Priority) owner).extensions();
            case 174:
                return ((Deliverable) owner).id();
            case 175:
                return ((Deliverable) owner).number();
            case 176:
                return ((Deliverable) owner).levelName();
            case 177:
                return ((Deliverable) owner).title();
            case 178:
                return ((Deliverable) owner).description();
            case 179:
                return ((Deliverable) owner).owners();
            case 180:
                return ((Deliverable) owner).start();
            case 181:
                return ((Deliverable) owner).end();
            case 182:
                return ((Deliverable) owner).longTerm();
            case 183:
                return ((Deliverable) owner).leadIns();
            case 184:
                return ((Deliverable) owner).outcomes();
            case 185:
                return ((Deliverable) owner).lists();
            case 186:
                return ((Deliverable) owner).milestones();
            case 187:
                return ((Deliverable) owner).progress();
            case 188:
                return ((Deliverable) owner).otherNames();
            case 189:
                return ((Deliverable) owner).provenance();
            case 190:
                return ((Deliverable) owner).references();
            case 191:
                return ((Deliverable) owner).extensions();
            case 192:
                return ((Commitment) owner).id();
            case 193:
                return ((Commitment) owner).number();
            case 194:
                return ((Commitment) owner).levelName();
            case 195:
                return ((Commitment) owner).text();
            case 196:
                return ((Commitment) owner).otherNames();
            case 197:
                return ((Commitment) owner).provenance();
            case 198:
                return ((Commitment) owner).references();
            case 199:
                return ((Commitment) owner).extensions();
            case 200:
                return ((ItemList) owner).id();
            case 201:
                return ((ItemList) owner).number();
            case 202:
                return ((ItemList) owner).levelName();
            case 203:
                return ((ItemList) owner).title();
            case 204:
                return ((ItemList) owner).items();
            case 205:
                return ((ItemList) owner).otherNames();
            case 206:
                return ((ItemList) owner).provenance();
            case 207:
                return ((ItemList) owner).references();
            case 208:
                return ((ItemList) owner).extensions();
            case 209:
                return ((ListItem) owner).id();
            case 210:
                return ((ListItem) owner).number();
            case 211:
                return ((ListItem) owner).levelName();
            case 212:
                return ((ListItem) owner).text();
            case 213:
                return ((ListItem) owner).otherNames();
            case 214:
                return ((ListItem) owner).provenance();
            case 215:
                return ((ListItem) owner).references();
            case 216:
                return ((ListItem) owner).extensions();
            case 217:
                return ((Milestone) owner).id();
            case 218:
                return ((Milestone) owner).number();
            case 219:
                return ((Milestone) owner).levelName();
            case 220:
                return ((Milestone) owner).title();
            case 221:
                return ((Milestone) owner).due();
            case 222:
                return ((Milestone) owner).forecast();
            case 223:
                return ((Milestone) owner).achieved();
            case 224:
                return ((Milestone) owner).status();
            case 225:
                return ((Milestone) owner).longTerm();
            case 226:
                return ((Milestone) owner).otherNames();
            case 227:
                return ((Milestone) owner).provenance();
            case 228:
                return ((Milestone) owner).references();
            case 229:
                return ((Milestone) owner).extensions();
            case 230:
                return ((ProgressUpdate) owner).period();
            case 231:
                return ((ProgressUpdate) owner).status();
            case 232:
                return ((ProgressUpdate) owner).commentary();
            case 233:
                return ((Measure) owner).id();
            case 234:
                return ((Measure) owner).number();
            case 235:
                return ((Measure) owner).levelName();
            case 236:
                return ((Measure) owner).name();
            case 237:
                return ((Measure) owner).description();
            case 238:
                return ((Measure) owner).unit();
            case 239:
                return ((Measure) owner).direction();
            case 240:
                return ((Measure) owner).frequency();
            case 241:
                return ((Measure) owner).rollUp();
            case 242:
                return ((Measure) owner).ratioPer();
            case 243:
                return ((Measure) owner).baseline();
            case 244:
                return ((Measure) owner).targets();
            case 245:
                return ((Measure) owner).actuals();
            case 246:
                return ((Measure) owner).assessments();
            case 247:
                return ((Measure) owner).tolerance();
            case 248:
                return ((Measure) owner).source();
            case 249:
                return ((Measure) owner).metrics();
            case 250:
                return ((Measure) owner).owners();
            case 251:
                return ((Measure) owner).longTerm();
            case 252:
                return ((Measure) owner).otherNames();
            case 253:
                return ((Measure) owner).provenance();
            case 254:
                return ((Measure) owner).references();
            case 255:
                return ((Measure) owner).extensions();
            case 256:
                return ((MetricReference) owner).scheme();
            case 257:
                return ((MetricReference) owner).id();
            case 258:
                return ((MetricReference) owner).uri();
            case 259:
                return ((MetricReference) owner).title();
            case 260:
                return ((MetricReference) owner).polarity();
            case 261:
                return ((Target) owner).period();
            case 262:
                return ((Target) owner).value();
            case 263:
                return ((Target) owner).text();
            case 264:
                return ((Target) owner).revisions();
            case 265:
                return ((TargetRevision) owner).date();
            case 266:
                return ((TargetRevision) owner).value();
            case 267:
                return ((TargetRevision) owner).text();
            case 268:
                return ((TargetRevision) owner).withdrawn();
            case 269:
                return ((TargetRevision) owner).decision();
            case 270:
                return ((TargetRevision) owner).reason();
            case 271:
                return ((TargetRevision) owner).afterPeriodClosed();
            case 272:
                return ((Observation) owner).period();
            case 273:
                return ((Observation) owner).asAt();
            case 274:
                return ((Observation) owner).value();
            case 275:
                return ((Observation) owner).numerator();
            case 276:
                return ((Observation) owner).denominator();
            case 277:
                return ((Observation) owner).text();
            case 278:
                return ((Assessment) owner).period();
            case 279:
                return ((Assessment) owner).status();
            case 280:
                return ((Assessment) owner).reason();
            case 281:
                return ((Assessment) owner).forecast();
            case 282:
                return ((Assessment) owner).forecastStatus();
            case 283:
                return ((Assessment) owner).commentary();
            case 284:
                return ((Tolerance) owner).absolute();
            case 285:
                return ((Tolerance) owner).percent();
            case 286:
                return ((Owner) owner).id();
            case 287:
                return ((Owner) owner).number();
            case 288:
                return ((Owner) owner).levelName();
            case 289:
                return ((Owner) owner).name();
            case 290:
                return ((Owner) owner).type();
            case 291:
                return ((Owner) owner).holder();
            case 292:
                return ((Owner) owner).accountableTo();
            case 293:
                return ((Owner) owner).otherNames();
            case 294:
                return ((Owner) owner).provenance();
            case 295:
                return ((Owner) owner).references();
            case 296:
                return ((Owner) owner).extensions();
            case 297:
                return ((Partner) owner).id();
            case 298:
                return ((Partner) owner).number();
            case 299:
                return ((Partner) owner).levelName();
            case 300:
                return ((Partner) owner).name();
            case 301:
                return ((Partner) owner).description();
            case 302:
                return ((Partner) owner).otherNames();
            case 303:
                return ((Partner) owner).provenance();
            case 304:
                return ((Partner) owner).references();
            case 305:
                return ((Partner) owner).extensions();
            case 306:
                return ((Link) owner).from();
            case 307:
                return ((Link) owner).kind();
            case 308:
                return ((Link) owner).to();
            case 309:
                return ((Link) owner).toPlan();
            case 310:
                return ((Link) owner).note();
            case 311:
                return ((ExternalReference) owner).system();
            case 312:
                return ((ExternalReference) owner).key();
            case 313:
                return ((ExternalReference) owner).uri();
            case 314:
                return ((ExternalReference) owner).title();
            case 315:
                return ((AlternativeName) owner).name();
            case 316:
                return ((AlternativeName) owner).note();
            case 317:
                return ((Provenance) owner).document();
            case 318:
                return ((Provenance) owner).page();
            case 319:
                return ((Provenance) owner).uri();
            case 320:
                return ((Provenance) owner).quote();
            default:
                throw new IllegalArgumentException(Integer.toString(property));
        }
    }

    /** Sets property {@code property} of a builder of its shape: adds a list's items, puts a map's entries. */
    @SuppressWarnings("unchecked")
    static void set(int property, Object builder, Object value) {
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
            case 28:
                ((Organisation.Builder) builder).name((Text) value);
                return;
            case 29:
                ((Organisation.Builder) builder).code((String) value);
                return;
            case 30:
                ((Organisation.Builder) builder).gssCode((String) value);
                return;
            case 31:
                ((Organisation.Builder) builder).orgId((String) value);
                return;
            case 32:
                ((PeriodRange.Builder) builder).start((ReportingPeriod) value);
                return;
            case 33:
                ((PeriodRange.Builder) builder).end((ReportingPeriod) value);
                return;
            case 34:
                ((Edition.Builder) builder).name((String) value);
                return;
            case 35:
                ((Edition.Builder) builder).status((EditionStatus) value);
                return;
            case 36:
                ((Edition.Builder) builder).adoptedOn((LocalDate) value);
                return;
            case 37:
                ((Edition.Builder) builder).decision((Decision) value);
                return;
            case 38:
                ((Edition.Builder) builder).supersedes((String) value);
                return;
            case 39:
                ((Edition.Builder) builder).supersededBy((Supersession) value);
                return;
            case 40:
                ((Supersession.Builder) builder).edition((String) value);
                return;
            case 41:
                ((Supersession.Builder) builder).on((LocalDate) value);
                return;
            case 42:
                ((Supersession.Builder) builder).decision((Decision) value);
                return;
            case 43:
                ((Decision.Builder) builder).body((Text) value);
                return;
            case 44:
                ((Decision.Builder) builder).date((LocalDate) value);
                return;
            case 45:
                ((Decision.Builder) builder).reference((String) value);
                return;
            case 46:
                ((Decision.Builder) builder).uri((URI) value);
                return;
            case 47:
                ((LevelNames.Builder) builder).statement((Text) value);
                return;
            case 48:
                ((LevelNames.Builder) builder).value((Text) value);
                return;
            case 49:
                ((LevelNames.Builder) builder).principle((Text) value);
                return;
            case 50:
                ((LevelNames.Builder) builder).theme((Text) value);
                return;
            case 51:
                ((LevelNames.Builder) builder).objective((Text) value);
                return;
            case 52:
                ((LevelNames.Builder) builder).outcome((Text) value);
                return;
            case 53:
                ((LevelNames.Builder) builder).priority((Text) value);
                return;
            case 54:
                ((LevelNames.Builder) builder).deliverable((Text) value);
                return;
            case 55:
                ((LevelNames.Builder) builder).commitment((Text) value);
                return;
            case 56:
                ((LevelNames.Builder) builder).list((Text) value);
                return;
            case 57:
                ((LevelNames.Builder) builder).item((Text) value);
                return;
            case 58:
                ((LevelNames.Builder) builder).measure((Text) value);
                return;
            case 59:
                ((LevelNames.Builder) builder).milestone((Text) value);
                return;
            case 60:
                ((LevelNames.Builder) builder).owner((Text) value);
                return;
            case 61:
                ((LevelNames.Builder) builder).partner((Text) value);
                return;
            case 62:
                ((RelatedPlan.Builder) builder).id((ElementId) value);
                return;
            case 63:
                ((RelatedPlan.Builder) builder).relation((PlanRelation) value);
                return;
            case 64:
                ((RelatedPlan.Builder) builder).title((Text) value);
                return;
            case 65:
                ((RelatedPlan.Builder) builder).uri((URI) value);
                return;
            case 66:
                ((ExtensionUse.Builder) builder).name((ElementId) value);
                return;
            case 67:
                ((ExtensionUse.Builder) builder).version((ElementId) value);
                return;
            case 68:
                ((ExtensionUse.Builder) builder).schema((URI) value);
                return;
            case 69:
                ((Statement.Builder) builder).id((ElementId) value);
                return;
            case 70:
                ((Statement.Builder) builder).number((DisplayNumber) value);
                return;
            case 71:
                ((Statement.Builder) builder).levelName((Text) value);
                return;
            case 72:
                ((Statement.Builder) builder).heading((Text) value);
                return;
            case 73:
                ((Statement.Builder) builder).addAllBody((List<Block>) value);
                return;
            case 74:
                ((Statement.Builder) builder).addAllSignatories((List<Signatory>) value);
                return;
            case 75:
                ((Statement.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 76:
                ((Statement.Builder) builder).provenance((Provenance) value);
                return;
            case 77:
                ((Statement.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 78:
                ((Statement.Builder) builder).extensions((Extensions) value);
                return;
            case 79:
                ((Block.Builder) builder).paragraph((Text) value);
                return;
            case 80:
                ((Block.Builder) builder).addAllList((List<Text>) value);
                return;
            case 81:
                ((Block.Builder) builder).numbered((Boolean) value);
                return;
            case 82:
                ((Signatory.Builder) builder).name((String) value);
                return;
            case 83:
                ((Signatory.Builder) builder).role((Text) value);
                return;
            case 84:
                ((Purpose.Builder) builder).introduction((Text) value);
                return;
            case 85:
                ((Purpose.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 86:
                ((Purpose.Builder) builder).addAllStatements((List<Text>) value);
                return;
            case 87:
                ((Purpose.Builder) builder).addAllApproaches((List<Text>) value);
                return;
            case 88:
                ((SharedValue.Builder) builder).id((ElementId) value);
                return;
            case 89:
                ((SharedValue.Builder) builder).number((DisplayNumber) value);
                return;
            case 90:
                ((SharedValue.Builder) builder).levelName((Text) value);
                return;
            case 91:
                ((SharedValue.Builder) builder).name((Text) value);
                return;
            case 92:
                ((SharedValue.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 93:
                ((SharedValue.Builder) builder).addAllBehaviours((List<Text>) value);
                return;
            case 94:
                ((SharedValue.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 95:
                ((SharedValue.Builder) builder).provenance((Provenance) value);
                return;
            case 96:
                ((SharedValue.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 97:
                ((SharedValue.Builder) builder).extensions((Extensions) value);
                return;
            case 98:
                ((Principle.Builder) builder).id((ElementId) value);
                return;
            case 99:
                ((Principle.Builder) builder).number((DisplayNumber) value);
                return;
            case 100:
                ((Principle.Builder) builder).levelName((Text) value);
                return;
            case 101:
                ((Principle.Builder) builder).name((Text) value);
                return;
            case 102:
                ((Principle.Builder) builder).description((Text) value);
                return;
            case 103:
                ((Principle.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 104:
                ((Principle.Builder) builder).provenance((Provenance) value);
                return;
            case 105:
                ((Principle.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 106:
                ((Principle.Builder) builder).extensions((Extensions) value);
                return;
            case 107:
                ((Theme.Builder) builder).id((ElementId) value);
                return;
            case 108:
                ((Theme.Builder) builder).number((DisplayNumber) value);
                return;
            case 109:
                ((Theme.Builder) builder).levelName((Text) value);
                return;
            case 110:
                ((Theme.Builder) builder).name((Text) value);
                return;
            case 111:
                ((Theme.Builder) builder).description((Text) value);
                return;
            case 112:
                ((Theme.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 113:
                ((Theme.Builder) builder).levelNames((LevelNames) value);
                return;
            case 114:
                ((Theme.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 115:
                ((Theme.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 116:
                ((Theme.Builder) builder).addAllObjectives((List<Objective>) value);
                return;
            case 117:
                ((Theme.Builder) builder).addAllPriorities((List<Priority>) value);
                return;
            case 118:
                ((Theme.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 119:
                ((Theme.Builder) builder).addAllCommitments((List<Commitment>) value);
                return;
            case 120:
                ((Theme.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 121:
                ((Theme.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 122:
                ((Theme.Builder) builder).provenance((Provenance) value);
                return;
            case 123:
                ((Theme.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 124:
                ((Theme.Builder) builder).extensions((Extensions) value);
                return;
            case 125:
                ((Outcome.Builder) builder).id((ElementId) value);
                return;
            case 126:
                ((Outcome.Builder) builder).number((DisplayNumber) value);
                return;
            case 127:
                ((Outcome.Builder) builder).levelName((Text) value);
                return;
            case 128:
                ((Outcome.Builder) builder).statement((Text) value);
                return;
            case 129:
                ((Outcome.Builder) builder).by((PlanDate) value);
                return;
            case 130:
                ((Outcome.Builder) builder).longTerm((Boolean) value);
                return;
            case 131:
                ((Outcome.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 132:
                ((Outcome.Builder) builder).provenance((Provenance) value);
                return;
            case 133:
                ((Outcome.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 134:
                ((Outcome.Builder) builder).extensions((Extensions) value);
                return;
            case 135:
                ((Objective.Builder) builder).id((ElementId) value);
                return;
            case 136:
                ((Objective.Builder) builder).number((DisplayNumber) value);
                return;
            case 137:
                ((Objective.Builder) builder).levelName((Text) value);
                return;
            case 138:
                ((Objective.Builder) builder).title((Text) value);
                return;
            case 139:
                ((Objective.Builder) builder).description((Text) value);
                return;
            case 140:
                ((Objective.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 141:
                ((Objective.Builder) builder).start((PlanDate) value);
                return;
            case 142:
                ((Objective.Builder) builder).end((PlanDate) value);
                return;
            case 143:
                ((Objective.Builder) builder).longTerm((Boolean) value);
                return;
            case 144:
                ((Objective.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 145:
                ((Objective.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 146:
                ((Objective.Builder) builder).addAllPriorities((List<Priority>) value);
                return;
            case 147:
                ((Objective.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 148:
                ((Objective.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 149:
                ((Objective.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 150:
                ((Objective.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 151:
                ((Objective.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 152:
                ((Objective.Builder) builder).provenance((Provenance) value);
                return;
            case 153:
                ((Objective.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 154:
                ((Objective.Builder) builder).extensions((Extensions) value);
                return;
            case 155:
                ((Priority.Builder) builder).id((ElementId) value);
                return;
            case 156:
                ((Priority.Builder) builder).number((DisplayNumber) value);
                return;
            case 157:
                ((Priority.Builder) builder).levelName((Text) value);
                return;
            case 158:
                ((Priority.Builder) builder).title((Text) value);
                return;
            case 159:
                ((Priority.Builder) builder).description((Text) value);
                return;
            case 160:
                ((Priority.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 161:
                ((Priority.Builder) builder).start((PlanDate) value);
                return;
            case 162:
                ((Priority.Builder) builder).end((PlanDate) value);
                return;
            case 163:
                ((Priority.Builder) builder).longTerm((Boolean) value);
                return;
            case 164:
                ((Priority.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 165:
                ((Priority.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 166:
                ((Priority.Builder) builder).addAllDeliverables((List<Deliverable>) value);
                return;
            case 167:
                ((Priority.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 168:
                ((Priority.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 169:
                ((Priority.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 170:
                ((Priority.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 171:
                ((Priority.Builder) builder).provenance((Provenance) value);
                return;
            case 172:
                ((Priority.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 173:
                ((Priority.Builder) builder).extensions((Extensions) value);
                return;
            case 174:
                ((Deliverable.Builder) builder).id((ElementId) value);
                return;
            case 175:
                ((Deliverable.Builder) builder).number((DisplayNumber) value);
                return;
            case 176:
                ((Deliverable.Builder) builder).levelName((Text) value);
                return;
            case 177:
                ((Deliverable.Builder) builder).title((Text) value);
                return;
            case 178:
                ((Deliverable.Builder) builder).description((Text) value);
                return;
            case 179:
                ((Deliverable.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 180:
                ((Deliverable.Builder) builder).start((PlanDate) value);
                return;
            case 181:
                ((Deliverable.Builder) builder).end((PlanDate) value);
                return;
            case 182:
                ((Deliverable.Builder) builder).longTerm((Boolean) value);
                return;
            case 183:
                ((Deliverable.Builder) builder).putAllLeadIns((Map<String, Text>) value);
                return;
            case 184:
                ((Deliverable.Builder) builder).addAllOutcomes((List<Outcome>) value);
                return;
            case 185:
                ((Deliverable.Builder) builder).addAllLists((List<ItemList>) value);
                return;
            case 186:
                ((Deliverable.Builder) builder).addAllMilestones((List<Milestone>) value);
                return;
            case 187:
                ((Deliverable.Builder) builder).addAllProgress((List<ProgressUpdate>) value);
                return;
            case 188:
                ((Deliverable.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 189:
                ((Deliverable.Builder) builder).provenance((Provenance) value);
                return;
            case 190:
                ((Deliverable.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 191:
                ((Deliverable.Builder) builder).extensions((Extensions) value);
                return;
            case 192:
                ((Commitment.Builder) builder).id((ElementId) value);
                return;
            case 193:
                ((Commitment.Builder) builder).number((DisplayNumber) value);
                return;
            case 194:
                ((Commitment.Builder) builder).levelName((Text) value);
                return;
            case 195:
                ((Commitment.Builder) builder).text((Text) value);
                return;
            case 196:
                ((Commitment.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 197:
                ((Commitment.Builder) builder).provenance((Provenance) value);
                return;
            case 198:
                ((Commitment.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 199:
                ((Commitment.Builder) builder).extensions((Extensions) value);
                return;
            case 200:
                ((ItemList.Builder) builder).id((ElementId) value);
                return;
            case 201:
                ((ItemList.Builder) builder).number((DisplayNumber) value);
                return;
            case 202:
                ((ItemList.Builder) builder).levelName((Text) value);
                return;
            case 203:
                ((ItemList.Builder) builder).title((Text) value);
                return;
            case 204:
                ((ItemList.Builder) builder).addAllItems((List<ListItem>) value);
                return;
            case 205:
                ((ItemList.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 206:
                ((ItemList.Builder) builder).provenance((Provenance) value);
                return;
            case 207:
                ((ItemList.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 208:
                ((ItemList.Builder) builder).extensions((Extensions) value);
                return;
            case 209:
                ((ListItem.Builder) builder).id((ElementId) value);
                return;
            case 210:
                ((ListItem.Builder) builder).number((DisplayNumber) value);
                return;
            case 211:
                ((ListItem.Builder) builder).levelName((Text) value);
                return;
            case 212:
                ((ListItem.Builder) builder).text((Text) value);
                return;
            case 213:
                ((ListItem.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 214:
                ((ListItem.Builder) builder).provenance((Provenance) value);
                return;
            case 215:
                ((ListItem.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 216:
                ((ListItem.Builder) builder).extensions((Extensions) value);
                return;
            case 217:
                ((Milestone.Builder) builder).id((ElementId) value);
                return;
            case 218:
                ((Milestone.Builder) builder).number((DisplayNumber) value);
                return;
            case 219:
                ((Milestone.Builder) builder).levelName((Text) value);
                return;
            case 220:
                ((Milestone.Builder) builder).title((Text) value);
                return;
            case 221:
                ((Milestone.Builder) builder).due((PlanDate) value);
                return;
            case 222:
                ((Milestone.Builder) builder).forecast((PlanDate) value);
                return;
            case 223:
                ((Milestone.Builder) builder).achieved((PlanDate) value);
                return;
            case 224:
                ((Milestone.Builder) builder).status((ProgressStatus) value);
                return;
            case 225:
                ((Milestone.Builder) builder).longTerm((Boolean) value);
                return;
            case 226:
                ((Milestone.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 227:
                ((Milestone.Builder) builder).provenance((Provenance) value);
                return;
            case 228:
                ((Milestone.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 229:
                ((Milestone.Builder) builder).extensions((Extensions) value);
                return;
            case 230:
                ((ProgressUpdate.Builder) builder).period((ReportingPeriod) value);
                return;
            case 231:
                ((ProgressUpdate.Builder) builder).status((ProgressStatus) value);
                return;
            case 232:
                ((ProgressUpdate.Builder) builder).commentary((Text) value);
                return;
            case 233:
                ((Measure.Builder) builder).id((ElementId) value);
                return;
            case 234:
                ((Measure.Builder) builder).number((DisplayNumber) value);
                return;
            case 235:
                ((Measure.Builder) builder).levelName((Text) value);
                return;
            case 236:
                ((Measure.Builder) builder).name((Text) value);
                return;
            case 237:
                ((Measure.Builder) builder).description((Text) value);
                return;
            case 238:
                ((Measure.Builder) builder).unit((String) value);
                return;
            case 239:
                ((Measure.Builder) builder).direction((Direction) value);
                return;
            case 240:
                ((Measure.Builder) builder).frequency((PeriodType) value);
                return;
            case 241:
                ((Measure.Builder) builder).rollUp((RollUpMethod) value);
                return;
            case 242:
                ((Measure.Builder) builder).ratioPer((BigDecimal) value);
                return;
            case 243:
                ((Measure.Builder) builder).baseline((Observation) value);
                return;
            case 244:
                ((Measure.Builder) builder).addAllTargets((List<Target>) value);
                return;
            case 245:
                ((Measure.Builder) builder).addAllActuals((List<Observation>) value);
                return;
            case 246:
                ((Measure.Builder) builder).addAllAssessments((List<Assessment>) value);
                return;
            case 247:
                ((Measure.Builder) builder).tolerance((Tolerance) value);
                return;
            case 248:
                ((Measure.Builder) builder).source((Text) value);
                return;
            case 249:
                ((Measure.Builder) builder).addAllMetrics((List<MetricReference>) value);
                return;
            case 250:
                ((Measure.Builder) builder).addAllOwners((List<ElementId>) value);
                return;
            case 251:
                ((Measure.Builder) builder).longTerm((Boolean) value);
                return;
            case 252:
                ((Measure.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 253:
                ((Measure.Builder) builder).provenance((Provenance) value);
                return;
            case 254:
                ((Measure.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 255:
                ((Measure.Builder) builder).extensions((Extensions) value);
                return;
            case 256:
                ((MetricReference.Builder) builder).scheme((String) value);
                return;
            case 257:
                ((MetricReference.Builder) builder).id((String) value);
                return;
            case 258:
                ((MetricReference.Builder) builder).uri((URI) value);
                return;
            case 259:
                ((MetricReference.Builder) builder).title((Text) value);
                return;
            case 260:
                ((MetricReference.Builder) builder).polarity((Polarity) value);
                return;
            case 261:
                ((Target.Builder) builder).period((ReportingPeriod) value);
                return;
            case 262:
                ((Target.Builder) builder).value((BigDecimal) value);
                return;
            case 263:
                ((Target.Builder) builder).text((Text) value);
                return;
            case 264:
                ((Target.Builder) builder).addAllRevisions((List<TargetRevision>) value);
                return;
            case 265:
                ((TargetRevision.Builder) builder).date((LocalDate) value);
                return;
            case 266:
                ((TargetRevision.Builder) builder).value((BigDecimal) value);
                return;
            case 267:
                ((TargetRevision.Builder) builder).text((Text) value);
                return;
            case 268:
                ((TargetRevision.Builder) builder).withdrawn((Boolean) value);
                return;
            case 269:
                ((TargetRevision.Builder) builder).decision((Decision) value);
                return;
            case 270:
                ((TargetRevision.Builder) builder).reason((Text) value);
                return;
            case 271:
                ((TargetRevision.Builder) builder).afterPeriodClosed((Boolean) value);
                return;
            case 272:
                ((Observation.Builder) builder).period((ReportingPeriod) value);
                return;
            case 273:
                ((Observation.Builder) builder).asAt((LocalDate) value);
                return;
            case 274:
                ((Observation.Builder) builder).value((BigDecimal) value);
                return;
            case 275:
                ((Observation.Builder) builder).numerator((BigDecimal) value);
                return;
            case 276:
                ((Observation.Builder) builder).denominator((BigDecimal) value);
                return;
            case 277:
                ((Observation.Builder) builder).text((Text) value);
                return;
            case 278:
                ((Assessment.Builder) builder).period((ReportingPeriod) value);
                return;
            case 279:
                ((Assessment.Builder) builder).status((RagState) value);
                return;
            case 280:
                ((Assessment.Builder) builder).reason((Text) value);
                return;
            case 281:
                ((Assessment.Builder) builder).forecast((BigDecimal) value);
                return;
            case 282:
                ((Assessment.Builder) builder).forecastStatus((RagState) value);
                return;
            case 283:
                ((Assessment.Builder) builder).commentary((Text) value);
                return;
            case 284:
                ((Tolerance.Builder) builder).absolute((BigDecimal) value);
                return;
            case 285:
                ((Tolerance.Builder) builder).percent((BigDecimal) value);
                return;
            case 286:
                ((Owner.Builder) builder).id((ElementId) value);
                return;
            case 287:
                ((Owner.Builder) builder).number((DisplayNumber) value);
                return;
            case 288:
                ((Owner.Builder) builder).levelName((Text) value);
                return;
            case 289:
                ((Owner.Builder) builder).name((Text) value);
                return;
            case 290:
                ((Owner.Builder) builder).type((OwnerType) value);
                return;
            case 291:
                ((Owner.Builder) builder).holder((String) value);
                return;
            case 292:
                ((Owner.Builder) builder).addAllAccountableTo((List<ElementId>) value);
                return;
            case 293:
                ((Owner.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 294:
                ((Owner.Builder) builder).provenance((Provenance) value);
                return;
            case 295:
                ((Owner.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 296:
                ((Owner.Builder) builder).extensions((Extensions) value);
                return;
            case 297:
                ((Partner.Builder) builder).id((ElementId) value);
                return;
            case 298:
                ((Partner.Builder) builder).number((DisplayNumber) value);
                return;
            case 299:
                ((Partner.Builder) builder).levelName((Text) value);
                return;
            case 300:
                ((Partner.Builder) builder).name((Text) value);
                return;
            case 301:
                ((Partner.Builder) builder).description((Text) value);
                return;
            case 302:
                ((Partner.Builder) builder).addAllOtherNames((List<AlternativeName>) value);
                return;
            case 303:
                ((Partner.Builder) builder).provenance((Provenance) value);
                return;
            case 304:
                ((Partner.Builder) builder).addAllReferences((List<ExternalReference>) value);
                return;
            case 305:
                ((Partner.Builder) builder).extensions((Extensions) value);
                return;
            case 306:
                ((Link.Builder) builder).from((ElementId) value);
                return;
            case 307:
                ((Link.Builder) builder).kind((LinkKind) value);
                return;
            case 308:
                ((Link.Builder) builder).to((ElementId) value);
                return;
            case 309:
                ((Link.Builder) builder).toPlan((ElementId) value);
                return;
            case 310:
                ((Link.Builder) builder).note((Text) value);
                return;
            case 311:
                ((ExternalReference.Builder) builder).system((String) value);
                return;
            case 312:
                ((ExternalReference.Builder) builder).key((String) value);
                return;
            case 313:
                ((ExternalReference.Builder) builder).uri((URI) value);
                return;
            case 314:
                ((ExternalReference.Builder) builder).title((Text) value);
                return;
            case 315:
                ((AlternativeName.Builder) builder).name((Text) value);
                return;
            case 316:
                ((AlternativeName.Builder) builder).note((Text) value);
                return;
            case 317:
                ((Provenance.Builder) builder).document((Text) value);
                return;
            case 318:
                ((Provenance.Builder) builder).page((String) value);
                return;
            case 319:
                ((Provenance.Builder) builder).uri((URI) value);
                return;
            case 320:
                ((Provenance.Builder) builder).quote((Text) value);
                return;
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
