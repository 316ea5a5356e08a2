-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('EARLY_YEARS', 'SCHOOLS', 'FURTHER_EDUCATION', 'HIGHER_EDUCATION', 'EMPLOYER', 'LOCAL_AUTHORITY', 'VOLUNTARY', 'HEALTH', 'CENTRAL_GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "BoardRole" AS ENUM ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'OBSERVER', 'DFE');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('LOCAL_PARTNER', 'CHAIR', 'DFE_DELIVERY_TEAM', 'NATIONAL_POLICY');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED');

-- CreateEnum
CREATE TYPE "LegacyStatus" AS ENUM ('MAINSTREAMED', 'CONTINUING_LOCAL_FUNDING', 'ENDING');

-- CreateEnum
CREATE TYPE "EvidenceStrength" AS ENUM ('VERY_LIMITED', 'LIMITED', 'MODERATE', 'STRONG', 'VERY_STRONG');

-- CreateEnum
CREATE TYPE "MeasureUnit" AS ENUM ('PERCENT', 'PERCENTAGE_POINTS', 'COUNT', 'SCORE', 'RATE_PER_1000', 'GBP');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('LEADING', 'LAGGING');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'TOO_EARLY');

-- CreateEnum
CREATE TYPE "AmountQualifier" AS ENUM ('EXACT', 'APPROXIMATE', 'UP_TO', 'OVER', 'NEARLY');

-- CreateEnum
CREATE TYPE "FundingFigureKind" AS ENUM ('ALLOCATION', 'REPORTED_TOTAL');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('BACKLOG', 'SCHEDULED', 'DISCUSSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MotionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "PlanVersionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "SourceStatus" AS ENUM ('CONFIRMED', 'CONFIRMED_SECONDARY', 'PARTIAL', 'CONFLICT', 'BASELINE_ONLY', 'ROLE_ONLY', 'NOT_CONFIRMED', 'BACKGROUND_UNVERIFIED');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PROGRAMME', 'AREA', 'LOCAL_AUTHORITY', 'BOARD', 'BOARD_MEMBERSHIP', 'PERSON', 'ORGANISATION', 'PRIORITY', 'ACTION', 'MILESTONE', 'SUCCESS_MEASURE', 'MEASURE_DEFINITION', 'MEASURE_VALUE', 'FUNDING_STREAM', 'ALLOCATION', 'SPEND', 'MEETING', 'AGENDA_ITEM', 'DECISION', 'PROPOSAL', 'COMMENT', 'MOTION', 'PLAN_VERSION', 'USER');

-- CreateTable
CREATE TABLE "Area" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT,
    "areaType" TEXT,
    "wave" INTEGER NOT NULL,
    "announcedOn" DATE NOT NULL,
    "smiRank" INTEGER,
    "smiRankOf" INTEGER,
    "smiEdition" TEXT,
    "researchSchool" TEXT,
    "planTitle" TEXT,
    "planPublished" TEXT,
    "planUrl" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalAuthority" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LocalAuthority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "organisationId" TEXT,
    "isPublicFigure" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardMembership" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "BoardRole" NOT NULL,
    "sector" "Sector",
    "termLabel" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BoardMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "personId" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAreaScope" (
    "userId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,

    CONSTRAINT "UserAreaScope_pkey" PRIMARY KEY ("userId","areaId")
);

-- CreateTable
CREATE TABLE "LifeStage" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "LifeStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "lifeStageId" TEXT,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "origin" "Origin",
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Priority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "priorityId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "leadOrganisationId" TEXT,
    "ownerId" TEXT,
    "startsOn" DATE,
    "dueOn" DATE,
    "status" "ActionStatus",
    "progressPercent" INTEGER,
    "evidenceStrand" TEXT,
    "evidenceStrength" "EvidenceStrength",
    "legacyStatus" "LegacyStatus",
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT NOT NULL,
    "status" "ActionStatus",
    "progressPercent" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "StatusUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureDefinition" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "unit" "MeasureUnit" NOT NULL,
    "polarity" "Polarity" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "indicatorKind" "IndicatorKind" NOT NULL DEFAULT 'LAGGING',
    "dataSource" TEXT,
    "frequency" TEXT,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "areaId" TEXT,
    "coreId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeasureDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessMeasure" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "priorityId" TEXT,
    "definitionId" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselinePeriod" TEXT,
    "baselineNote" TEXT,
    "nationalValue" DOUBLE PRECISION,
    "targetValue" DOUBLE PRECISION,
    "targetPeriod" TEXT,
    "targetNote" TEXT,
    "statusOverride" "MeasureStatus",
    "statusOverrideReason" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SuccessMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryPoint" (
    "id" TEXT NOT NULL,
    "successMeasureId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "TrajectoryPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureValue" (
    "id" TEXT NOT NULL,
    "successMeasureId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "isProvisional" BOOLEAN NOT NULL DEFAULT false,
    "localInsight" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeasureValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingStream" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "funder" TEXT NOT NULL,
    "totalPence" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingStream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "streamId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "FundingFigureKind" NOT NULL DEFAULT 'ALLOCATION',
    "amountPence" BIGINT NOT NULL,
    "qualifier" "AmountQualifier" NOT NULL DEFAULT 'EXACT',
    "awardedOn" DATE,
    "recipientOrganisationId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Spend" (
    "id" TEXT NOT NULL,
    "allocationId" TEXT NOT NULL,
    "actionId" TEXT,
    "amountPence" BIGINT NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Spend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "minutes" TEXT,
    "minutesPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "meetingId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "proposedById" TEXT,
    "origin" "Origin" NOT NULL,
    "status" "AgendaItemStatus" NOT NULL DEFAULT 'BACKLOG',
    "position" INTEGER NOT NULL DEFAULT 0,
    "paperUrl" TEXT,
    "isPrivate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "summary" TEXT NOT NULL,
    "origin" "Origin" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "actionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Motion" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" "MotionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Motion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "motionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationOfInterest" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "interest" TEXT NOT NULL,
    "declaredOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DeclarationOfInterest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "targetType" "EntityType" NOT NULL,
    "targetId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "targetType" "EntityType" NOT NULL,
    "targetId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "proposedChange" JSONB,
    "origin" "Origin" NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PlanVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB,
    "changeSummary" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "areaId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "retrievedOn" DATE,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactSource" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL DEFAULT '',
    "status" "SourceStatus" NOT NULL,
    "note" TEXT,

    CONSTRAINT "FactSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Area_slug_key" ON "Area"("slug");

-- CreateIndex
CREATE INDEX "Area_region_idx" ON "Area"("region");

-- CreateIndex
CREATE UNIQUE INDEX "LocalAuthority_areaId_name_key" ON "LocalAuthority"("areaId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Board_areaId_key" ON "Board"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "BoardMembership_personId_idx" ON "BoardMembership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardMembership_boardId_personId_role_key" ON "BoardMembership"("boardId", "personId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "UserAreaScope_areaId_idx" ON "UserAreaScope"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "LifeStage_slug_key" ON "LifeStage"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LifeStage_position_key" ON "LifeStage"("position");

-- CreateIndex
CREATE INDEX "Priority_lifeStageId_idx" ON "Priority"("lifeStageId");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_areaId_number_key" ON "Priority"("areaId", "number");

-- CreateIndex
CREATE INDEX "Action_areaId_status_idx" ON "Action"("areaId", "status");

-- CreateIndex
CREATE INDEX "Action_priorityId_idx" ON "Action"("priorityId");

-- CreateIndex
CREATE INDEX "Action_ownerId_idx" ON "Action"("ownerId");

-- CreateIndex
CREATE INDEX "Action_dueOn_idx" ON "Action"("dueOn");

-- CreateIndex
CREATE INDEX "Milestone_actionId_dueOn_idx" ON "Milestone"("actionId", "dueOn");

-- CreateIndex
CREATE INDEX "StatusUpdate_actionId_postedAt_idx" ON "StatusUpdate"("actionId", "postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureDefinition_code_key" ON "MeasureDefinition"("code");

-- CreateIndex
CREATE INDEX "MeasureDefinition_areaId_idx" ON "MeasureDefinition"("areaId");

-- CreateIndex
CREATE INDEX "SuccessMeasure_areaId_idx" ON "SuccessMeasure"("areaId");

-- CreateIndex
CREATE INDEX "SuccessMeasure_priorityId_idx" ON "SuccessMeasure"("priorityId");

-- CreateIndex
CREATE INDEX "SuccessMeasure_definitionId_idx" ON "SuccessMeasure"("definitionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectoryPoint_successMeasureId_period_key" ON "TrajectoryPoint"("successMeasureId", "period");

-- CreateIndex
CREATE INDEX "MeasureValue_successMeasureId_periodEnd_idx" ON "MeasureValue"("successMeasureId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureValue_successMeasureId_period_key" ON "MeasureValue"("successMeasureId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "FundingStream_slug_key" ON "FundingStream"("slug");

-- CreateIndex
CREATE INDEX "Allocation_streamId_idx" ON "Allocation"("streamId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_areaId_streamId_period_label_key" ON "Allocation"("areaId", "streamId", "period", "label");

-- CreateIndex
CREATE INDEX "Spend_allocationId_idx" ON "Spend"("allocationId");

-- CreateIndex
CREATE INDEX "Spend_actionId_idx" ON "Spend"("actionId");

-- CreateIndex
CREATE INDEX "Meeting_boardId_startsAt_idx" ON "Meeting"("boardId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_boardId_status_idx" ON "AgendaItem"("boardId", "status");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_boardId_decidedOn_idx" ON "Decision"("boardId", "decidedOn");

-- CreateIndex
CREATE INDEX "Motion_boardId_status_idx" ON "Motion"("boardId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_motionId_userId_key" ON "Vote"("motionId", "userId");

-- CreateIndex
CREATE INDEX "DeclarationOfInterest_boardId_declaredOn_idx" ON "DeclarationOfInterest"("boardId", "declaredOn");

-- CreateIndex
CREATE INDEX "DeclarationOfInterest_personId_idx" ON "DeclarationOfInterest"("personId");

-- CreateIndex
CREATE INDEX "Comment_targetType_targetId_idx" ON "Comment"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Comment_areaId_createdAt_idx" ON "Comment"("areaId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_areaId_status_idx" ON "Proposal"("areaId", "status");

-- CreateIndex
CREATE INDEX "Proposal_targetType_targetId_idx" ON "Proposal"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "PlanVersion_areaId_status_idx" ON "PlanVersion"("areaId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_areaId_number_key" ON "PlanVersion"("areaId", "number");

-- CreateIndex
CREATE INDEX "AuditEvent_areaId_at_idx" ON "AuditEvent"("areaId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "FactSource_entityType_entityId_idx" ON "FactSource"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "FactSource_sourceId_entityType_entityId_field_key" ON "FactSource"("sourceId", "entityType", "entityId", "field");

-- AddForeignKey
ALTER TABLE "LocalAuthority" ADD CONSTRAINT "LocalAuthority_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardMembership" ADD CONSTRAINT "BoardMembership_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardMembership" ADD CONSTRAINT "BoardMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAreaScope" ADD CONSTRAINT "UserAreaScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAreaScope" ADD CONSTRAINT "UserAreaScope_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_lifeStageId_fkey" FOREIGN KEY ("lifeStageId") REFERENCES "LifeStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureDefinition" ADD CONSTRAINT "MeasureDefinition_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureDefinition" ADD CONSTRAINT "MeasureDefinition_coreId_fkey" FOREIGN KEY ("coreId") REFERENCES "MeasureDefinition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessMeasure" ADD CONSTRAINT "SuccessMeasure_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessMeasure" ADD CONSTRAINT "SuccessMeasure_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessMeasure" ADD CONSTRAINT "SuccessMeasure_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "MeasureDefinition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryPoint" ADD CONSTRAINT "TrajectoryPoint_successMeasureId_fkey" FOREIGN KEY ("successMeasureId") REFERENCES "SuccessMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureValue" ADD CONSTRAINT "MeasureValue_successMeasureId_fkey" FOREIGN KEY ("successMeasureId") REFERENCES "SuccessMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureValue" ADD CONSTRAINT "MeasureValue_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_streamId_fkey" FOREIGN KEY ("streamId") REFERENCES "FundingStream"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_recipientOrganisationId_fkey" FOREIGN KEY ("recipientOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spend" ADD CONSTRAINT "Spend_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "Allocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spend" ADD CONSTRAINT "Spend_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactSource" ADD CONSTRAINT "FactSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

