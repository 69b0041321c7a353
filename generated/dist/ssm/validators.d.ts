import { type ValidateOptions, type Violation } from "../runtime/validate.js";
import { type StandardSchemaV1 } from "../runtime/standard-schema.js";
import type {
  Alarm,
  AlarmConfiguration,
  AlarmList,
  AlarmName,
  AlarmStateInformation,
  AlarmStateInformationList,
  CloudWatchLogGroupName,
  CloudWatchOutputConfig,
  Command,
  CommandFilter,
  CommandFilterKey,
  CommandFilterList,
  CommandFilterValue,
  CommandId,
  CommandInvocation,
  CommandInvocationList,
  CommandInvocationStatus,
  CommandList,
  CommandMaxResults,
  CommandPlugin,
  CommandPluginList,
  CommandPluginName,
  CommandPluginOutput,
  CommandPluginStatus,
  CommandStatus,
  Comment,
  DateTime,
  DocumentARN,
  DocumentHash,
  DocumentHashType,
  DocumentName,
  DocumentVersion,
  DoesNotExistExceptionBody,
  DuplicateInstanceIdBody,
  ExternalAlarmState,
  GetCommandInvocationRequest,
  GetCommandInvocationResponse,
  GetMaintenanceWindowExecutionTaskInvocationRequest,
  GetMaintenanceWindowExecutionTaskInvocationResponse,
  InstanceId,
  InstanceIdList,
  InstanceTagName,
  InternalServerErrorBody,
  InvalidCommandIdBody,
  InvalidDocumentBody,
  InvalidDocumentVersionBody,
  InvalidFilterKeyBody,
  InvalidInstanceIdBody,
  InvalidNextTokenBody,
  InvalidNotificationConfigBody,
  InvalidOutputFolderBody,
  InvalidParametersBody,
  InvalidPluginNameBody,
  InvalidRoleBody,
  InvocationDoesNotExistBody,
  InvocationTraceOutput,
  ListCommandInvocationsRequest,
  ListCommandInvocationsResponse,
  ListCommandsRequest,
  ListCommandsResponse,
  MaintenanceWindowExecutionId,
  MaintenanceWindowExecutionStatus,
  MaintenanceWindowExecutionStatusDetails,
  MaintenanceWindowExecutionTaskId,
  MaintenanceWindowExecutionTaskInvocationId,
  MaintenanceWindowExecutionTaskInvocationParameters,
  MaintenanceWindowTaskTargetId,
  MaintenanceWindowTaskType,
  MaxConcurrency,
  MaxDocumentSizeExceededBody,
  MaxErrors,
  NotificationConfig,
  NotificationEvent,
  NotificationEventList,
  NotificationType,
  OwnerInformation,
  ParameterValueList,
  Parameters,
  S3BucketName,
  S3KeyPrefix,
  S3Region,
  SendCommandRequest,
  SendCommandResponse,
  StandardErrorContent,
  StandardOutputContent,
  StatusDetails,
  StringDateTime,
  Target,
  TargetKey,
  TargetValues,
  Targets,
  TimeoutSeconds,
  UnsupportedPlatformTypeBody,
} from "./types.js";
export type { ValidateOptions, Violation } from "../runtime/validate.js";
export type { StandardSchemaV1 } from "../runtime/standard-schema.js";
/** Whether `value` is a valid Alarm; members it does not declare make it invalid. */
export declare function isAlarm(value: unknown): value is Alarm;
/** Every way `value` breaks Alarm, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarm(value: unknown, options?: ValidateOptions): Violation[];
/** Alarm as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmSchema: StandardSchemaV1<Alarm>;
/** Whether `value` is a valid AlarmConfiguration; members it does not declare make it invalid. */
export declare function isAlarmConfiguration(value: unknown): value is AlarmConfiguration;
/** Every way `value` breaks AlarmConfiguration, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarmConfiguration(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** AlarmConfiguration as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmConfigurationSchema: StandardSchemaV1<AlarmConfiguration>;
/** Whether `value` is a valid AlarmList; members it does not declare make it invalid. */
export declare function isAlarmList(value: unknown): value is AlarmList;
/** Every way `value` breaks AlarmList, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarmList(value: unknown, options?: ValidateOptions): Violation[];
/** AlarmList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmListSchema: StandardSchemaV1<AlarmList>;
/** Whether `value` is a valid AlarmName; members it does not declare make it invalid. */
export declare function isAlarmName(value: unknown): value is AlarmName;
/** Every way `value` breaks AlarmName, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarmName(value: unknown, options?: ValidateOptions): Violation[];
/** AlarmName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmNameSchema: StandardSchemaV1<AlarmName>;
/** Whether `value` is a valid AlarmStateInformation; members it does not declare make it invalid. */
export declare function isAlarmStateInformation(value: unknown): value is AlarmStateInformation;
/** Every way `value` breaks AlarmStateInformation, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarmStateInformation(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** AlarmStateInformation as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmStateInformationSchema: StandardSchemaV1<AlarmStateInformation>;
/** Whether `value` is a valid AlarmStateInformationList; members it does not declare make it invalid. */
export declare function isAlarmStateInformationList(
  value: unknown,
): value is AlarmStateInformationList;
/** Every way `value` breaks AlarmStateInformationList, each with its JSON Pointer; empty when it is valid. */
export declare function validateAlarmStateInformationList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** AlarmStateInformationList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const AlarmStateInformationListSchema: StandardSchemaV1<AlarmStateInformationList>;
/** Whether `value` is a valid CloudWatchLogGroupName; members it does not declare make it invalid. */
export declare function isCloudWatchLogGroupName(value: unknown): value is CloudWatchLogGroupName;
/** Every way `value` breaks CloudWatchLogGroupName, each with its JSON Pointer; empty when it is valid. */
export declare function validateCloudWatchLogGroupName(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CloudWatchLogGroupName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CloudWatchLogGroupNameSchema: StandardSchemaV1<CloudWatchLogGroupName>;
/** Whether `value` is a valid CloudWatchOutputConfig; members it does not declare make it invalid. */
export declare function isCloudWatchOutputConfig(value: unknown): value is CloudWatchOutputConfig;
/** Every way `value` breaks CloudWatchOutputConfig, each with its JSON Pointer; empty when it is valid. */
export declare function validateCloudWatchOutputConfig(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CloudWatchOutputConfig as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CloudWatchOutputConfigSchema: StandardSchemaV1<CloudWatchOutputConfig>;
/** Whether `value` is a valid Command; members it does not declare make it invalid. */
export declare function isCommand(value: unknown): value is Command;
/** Every way `value` breaks Command, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommand(value: unknown, options?: ValidateOptions): Violation[];
/** Command as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandSchema: StandardSchemaV1<Command>;
/** Whether `value` is a valid CommandFilter; members it does not declare make it invalid. */
export declare function isCommandFilter(value: unknown): value is CommandFilter;
/** Every way `value` breaks CommandFilter, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandFilter(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandFilter as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandFilterSchema: StandardSchemaV1<CommandFilter>;
/** Whether `value` is a valid CommandFilterKey; members it does not declare make it invalid. */
export declare function isCommandFilterKey(value: unknown): value is CommandFilterKey;
/** Every way `value` breaks CommandFilterKey, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandFilterKey(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandFilterKey as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandFilterKeySchema: StandardSchemaV1<CommandFilterKey>;
/** Whether `value` is a valid CommandFilterList; members it does not declare make it invalid. */
export declare function isCommandFilterList(value: unknown): value is CommandFilterList;
/** Every way `value` breaks CommandFilterList, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandFilterList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandFilterList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandFilterListSchema: StandardSchemaV1<CommandFilterList>;
/** Whether `value` is a valid CommandFilterValue; members it does not declare make it invalid. */
export declare function isCommandFilterValue(value: unknown): value is CommandFilterValue;
/** Every way `value` breaks CommandFilterValue, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandFilterValue(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandFilterValue as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandFilterValueSchema: StandardSchemaV1<CommandFilterValue>;
/** Whether `value` is a valid CommandId; members it does not declare make it invalid. */
export declare function isCommandId(value: unknown): value is CommandId;
/** Every way `value` breaks CommandId, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandId(value: unknown, options?: ValidateOptions): Violation[];
/** CommandId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandIdSchema: StandardSchemaV1<CommandId>;
/** Whether `value` is a valid CommandInvocation; members it does not declare make it invalid. */
export declare function isCommandInvocation(value: unknown): value is CommandInvocation;
/** Every way `value` breaks CommandInvocation, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandInvocation(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandInvocation as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandInvocationSchema: StandardSchemaV1<CommandInvocation>;
/** Whether `value` is a valid CommandInvocationList; members it does not declare make it invalid. */
export declare function isCommandInvocationList(value: unknown): value is CommandInvocationList;
/** Every way `value` breaks CommandInvocationList, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandInvocationList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandInvocationList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandInvocationListSchema: StandardSchemaV1<CommandInvocationList>;
/** Whether `value` is a valid CommandInvocationStatus; members it does not declare make it invalid. */
export declare function isCommandInvocationStatus(value: unknown): value is CommandInvocationStatus;
/** Every way `value` breaks CommandInvocationStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandInvocationStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandInvocationStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandInvocationStatusSchema: StandardSchemaV1<CommandInvocationStatus>;
/** Whether `value` is a valid CommandList; members it does not declare make it invalid. */
export declare function isCommandList(value: unknown): value is CommandList;
/** Every way `value` breaks CommandList, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandList(value: unknown, options?: ValidateOptions): Violation[];
/** CommandList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandListSchema: StandardSchemaV1<CommandList>;
/** Whether `value` is a valid CommandMaxResults; members it does not declare make it invalid. */
export declare function isCommandMaxResults(value: unknown): value is CommandMaxResults;
/** Every way `value` breaks CommandMaxResults, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandMaxResults(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandMaxResults as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandMaxResultsSchema: StandardSchemaV1<CommandMaxResults>;
/** Whether `value` is a valid CommandPlugin; members it does not declare make it invalid. */
export declare function isCommandPlugin(value: unknown): value is CommandPlugin;
/** Every way `value` breaks CommandPlugin, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandPlugin(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandPlugin as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandPluginSchema: StandardSchemaV1<CommandPlugin>;
/** Whether `value` is a valid CommandPluginList; members it does not declare make it invalid. */
export declare function isCommandPluginList(value: unknown): value is CommandPluginList;
/** Every way `value` breaks CommandPluginList, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandPluginList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandPluginList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandPluginListSchema: StandardSchemaV1<CommandPluginList>;
/** Whether `value` is a valid CommandPluginName; members it does not declare make it invalid. */
export declare function isCommandPluginName(value: unknown): value is CommandPluginName;
/** Every way `value` breaks CommandPluginName, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandPluginName(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandPluginName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandPluginNameSchema: StandardSchemaV1<CommandPluginName>;
/** Whether `value` is a valid CommandPluginOutput; members it does not declare make it invalid. */
export declare function isCommandPluginOutput(value: unknown): value is CommandPluginOutput;
/** Every way `value` breaks CommandPluginOutput, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandPluginOutput(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandPluginOutput as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandPluginOutputSchema: StandardSchemaV1<CommandPluginOutput>;
/** Whether `value` is a valid CommandPluginStatus; members it does not declare make it invalid. */
export declare function isCommandPluginStatus(value: unknown): value is CommandPluginStatus;
/** Every way `value` breaks CommandPluginStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandPluginStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandPluginStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandPluginStatusSchema: StandardSchemaV1<CommandPluginStatus>;
/** Whether `value` is a valid CommandStatus; members it does not declare make it invalid. */
export declare function isCommandStatus(value: unknown): value is CommandStatus;
/** Every way `value` breaks CommandStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandStatusSchema: StandardSchemaV1<CommandStatus>;
/** Whether `value` is a valid Comment; members it does not declare make it invalid. */
export declare function isComment(value: unknown): value is Comment;
/** Every way `value` breaks Comment, each with its JSON Pointer; empty when it is valid. */
export declare function validateComment(value: unknown, options?: ValidateOptions): Violation[];
/** Comment as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommentSchema: StandardSchemaV1<Comment>;
/** Whether `value` is a valid DateTime; members it does not declare make it invalid. */
export declare function isDateTime(value: unknown): value is DateTime;
/** Every way `value` breaks DateTime, each with its JSON Pointer; empty when it is valid. */
export declare function validateDateTime(value: unknown, options?: ValidateOptions): Violation[];
/** DateTime as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DateTimeSchema: StandardSchemaV1<DateTime>;
/** Whether `value` is a valid DocumentARN; members it does not declare make it invalid. */
export declare function isDocumentARN(value: unknown): value is DocumentARN;
/** Every way `value` breaks DocumentARN, each with its JSON Pointer; empty when it is valid. */
export declare function validateDocumentARN(value: unknown, options?: ValidateOptions): Violation[];
/** DocumentARN as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DocumentARNSchema: StandardSchemaV1<DocumentARN>;
/** Whether `value` is a valid DocumentHash; members it does not declare make it invalid. */
export declare function isDocumentHash(value: unknown): value is DocumentHash;
/** Every way `value` breaks DocumentHash, each with its JSON Pointer; empty when it is valid. */
export declare function validateDocumentHash(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DocumentHash as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DocumentHashSchema: StandardSchemaV1<DocumentHash>;
/** Whether `value` is a valid DocumentHashType; members it does not declare make it invalid. */
export declare function isDocumentHashType(value: unknown): value is DocumentHashType;
/** Every way `value` breaks DocumentHashType, each with its JSON Pointer; empty when it is valid. */
export declare function validateDocumentHashType(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DocumentHashType as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DocumentHashTypeSchema: StandardSchemaV1<DocumentHashType>;
/** Whether `value` is a valid DocumentName; members it does not declare make it invalid. */
export declare function isDocumentName(value: unknown): value is DocumentName;
/** Every way `value` breaks DocumentName, each with its JSON Pointer; empty when it is valid. */
export declare function validateDocumentName(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DocumentName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DocumentNameSchema: StandardSchemaV1<DocumentName>;
/** Whether `value` is a valid DocumentVersion; members it does not declare make it invalid. */
export declare function isDocumentVersion(value: unknown): value is DocumentVersion;
/** Every way `value` breaks DocumentVersion, each with its JSON Pointer; empty when it is valid. */
export declare function validateDocumentVersion(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DocumentVersion as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DocumentVersionSchema: StandardSchemaV1<DocumentVersion>;
/** Whether `value` is a valid DoesNotExistExceptionBody; members it does not declare make it invalid. */
export declare function isDoesNotExistExceptionBody(
  value: unknown,
): value is DoesNotExistExceptionBody;
/** Every way `value` breaks DoesNotExistExceptionBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateDoesNotExistExceptionBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DoesNotExistExceptionBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DoesNotExistExceptionBodySchema: StandardSchemaV1<DoesNotExistExceptionBody>;
/** Whether `value` is a valid DuplicateInstanceIdBody; members it does not declare make it invalid. */
export declare function isDuplicateInstanceIdBody(value: unknown): value is DuplicateInstanceIdBody;
/** Every way `value` breaks DuplicateInstanceIdBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateDuplicateInstanceIdBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DuplicateInstanceIdBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DuplicateInstanceIdBodySchema: StandardSchemaV1<DuplicateInstanceIdBody>;
/** Whether `value` is a valid ExternalAlarmState; members it does not declare make it invalid. */
export declare function isExternalAlarmState(value: unknown): value is ExternalAlarmState;
/** Every way `value` breaks ExternalAlarmState, each with its JSON Pointer; empty when it is valid. */
export declare function validateExternalAlarmState(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ExternalAlarmState as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ExternalAlarmStateSchema: StandardSchemaV1<ExternalAlarmState>;
/** Whether `value` is a valid GetCommandInvocationRequest; members it does not declare make it invalid. */
export declare function isGetCommandInvocationRequest(
  value: unknown,
): value is GetCommandInvocationRequest;
/** Every way `value` breaks GetCommandInvocationRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateGetCommandInvocationRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** GetCommandInvocationRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const GetCommandInvocationRequestSchema: StandardSchemaV1<GetCommandInvocationRequest>;
/** Whether `value` is a valid GetCommandInvocationResponse; members it does not declare make it invalid. */
export declare function isGetCommandInvocationResponse(
  value: unknown,
): value is GetCommandInvocationResponse;
/** Every way `value` breaks GetCommandInvocationResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateGetCommandInvocationResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** GetCommandInvocationResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const GetCommandInvocationResponseSchema: StandardSchemaV1<GetCommandInvocationResponse>;
/** Whether `value` is a valid GetMaintenanceWindowExecutionTaskInvocationRequest; members it does not declare make it invalid. */
export declare function isGetMaintenanceWindowExecutionTaskInvocationRequest(
  value: unknown,
): value is GetMaintenanceWindowExecutionTaskInvocationRequest;
/** Every way `value` breaks GetMaintenanceWindowExecutionTaskInvocationRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateGetMaintenanceWindowExecutionTaskInvocationRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** GetMaintenanceWindowExecutionTaskInvocationRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const GetMaintenanceWindowExecutionTaskInvocationRequestSchema: StandardSchemaV1<GetMaintenanceWindowExecutionTaskInvocationRequest>;
/** Whether `value` is a valid GetMaintenanceWindowExecutionTaskInvocationResponse; members it does not declare make it invalid. */
export declare function isGetMaintenanceWindowExecutionTaskInvocationResponse(
  value: unknown,
): value is GetMaintenanceWindowExecutionTaskInvocationResponse;
/** Every way `value` breaks GetMaintenanceWindowExecutionTaskInvocationResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateGetMaintenanceWindowExecutionTaskInvocationResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** GetMaintenanceWindowExecutionTaskInvocationResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const GetMaintenanceWindowExecutionTaskInvocationResponseSchema: StandardSchemaV1<GetMaintenanceWindowExecutionTaskInvocationResponse>;
/** Whether `value` is a valid InstanceId; members it does not declare make it invalid. */
export declare function isInstanceId(value: unknown): value is InstanceId;
/** Every way `value` breaks InstanceId, each with its JSON Pointer; empty when it is valid. */
export declare function validateInstanceId(value: unknown, options?: ValidateOptions): Violation[];
/** InstanceId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InstanceIdSchema: StandardSchemaV1<InstanceId>;
/** Whether `value` is a valid InstanceIdList; members it does not declare make it invalid. */
export declare function isInstanceIdList(value: unknown): value is InstanceIdList;
/** Every way `value` breaks InstanceIdList, each with its JSON Pointer; empty when it is valid. */
export declare function validateInstanceIdList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InstanceIdList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InstanceIdListSchema: StandardSchemaV1<InstanceIdList>;
/** Whether `value` is a valid InstanceTagName; members it does not declare make it invalid. */
export declare function isInstanceTagName(value: unknown): value is InstanceTagName;
/** Every way `value` breaks InstanceTagName, each with its JSON Pointer; empty when it is valid. */
export declare function validateInstanceTagName(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InstanceTagName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InstanceTagNameSchema: StandardSchemaV1<InstanceTagName>;
/** Whether `value` is a valid InternalServerErrorBody; members it does not declare make it invalid. */
export declare function isInternalServerErrorBody(value: unknown): value is InternalServerErrorBody;
/** Every way `value` breaks InternalServerErrorBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInternalServerErrorBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InternalServerErrorBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InternalServerErrorBodySchema: StandardSchemaV1<InternalServerErrorBody>;
/** Whether `value` is a valid InvalidCommandIdBody; members it does not declare make it invalid. */
export declare function isInvalidCommandIdBody(value: unknown): value is InvalidCommandIdBody;
/** Every way `value` breaks InvalidCommandIdBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidCommandIdBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidCommandIdBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidCommandIdBodySchema: StandardSchemaV1<InvalidCommandIdBody>;
/** Whether `value` is a valid InvalidDocumentBody; members it does not declare make it invalid. */
export declare function isInvalidDocumentBody(value: unknown): value is InvalidDocumentBody;
/** Every way `value` breaks InvalidDocumentBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidDocumentBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidDocumentBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidDocumentBodySchema: StandardSchemaV1<InvalidDocumentBody>;
/** Whether `value` is a valid InvalidDocumentVersionBody; members it does not declare make it invalid. */
export declare function isInvalidDocumentVersionBody(
  value: unknown,
): value is InvalidDocumentVersionBody;
/** Every way `value` breaks InvalidDocumentVersionBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidDocumentVersionBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidDocumentVersionBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidDocumentVersionBodySchema: StandardSchemaV1<InvalidDocumentVersionBody>;
/** Whether `value` is a valid InvalidFilterKeyBody; members it does not declare make it invalid. */
export declare function isInvalidFilterKeyBody(value: unknown): value is InvalidFilterKeyBody;
/** Every way `value` breaks InvalidFilterKeyBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidFilterKeyBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidFilterKeyBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidFilterKeyBodySchema: StandardSchemaV1<InvalidFilterKeyBody>;
/** Whether `value` is a valid InvalidInstanceIdBody; members it does not declare make it invalid. */
export declare function isInvalidInstanceIdBody(value: unknown): value is InvalidInstanceIdBody;
/** Every way `value` breaks InvalidInstanceIdBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidInstanceIdBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidInstanceIdBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidInstanceIdBodySchema: StandardSchemaV1<InvalidInstanceIdBody>;
/** Whether `value` is a valid InvalidNextTokenBody; members it does not declare make it invalid. */
export declare function isInvalidNextTokenBody(value: unknown): value is InvalidNextTokenBody;
/** Every way `value` breaks InvalidNextTokenBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidNextTokenBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidNextTokenBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidNextTokenBodySchema: StandardSchemaV1<InvalidNextTokenBody>;
/** Whether `value` is a valid InvalidNotificationConfigBody; members it does not declare make it invalid. */
export declare function isInvalidNotificationConfigBody(
  value: unknown,
): value is InvalidNotificationConfigBody;
/** Every way `value` breaks InvalidNotificationConfigBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidNotificationConfigBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidNotificationConfigBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidNotificationConfigBodySchema: StandardSchemaV1<InvalidNotificationConfigBody>;
/** Whether `value` is a valid InvalidOutputFolderBody; members it does not declare make it invalid. */
export declare function isInvalidOutputFolderBody(value: unknown): value is InvalidOutputFolderBody;
/** Every way `value` breaks InvalidOutputFolderBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidOutputFolderBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidOutputFolderBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidOutputFolderBodySchema: StandardSchemaV1<InvalidOutputFolderBody>;
/** Whether `value` is a valid InvalidParametersBody; members it does not declare make it invalid. */
export declare function isInvalidParametersBody(value: unknown): value is InvalidParametersBody;
/** Every way `value` breaks InvalidParametersBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidParametersBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidParametersBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidParametersBodySchema: StandardSchemaV1<InvalidParametersBody>;
/** Whether `value` is a valid InvalidPluginNameBody; members it does not declare make it invalid. */
export declare function isInvalidPluginNameBody(value: unknown): value is InvalidPluginNameBody;
/** Every way `value` breaks InvalidPluginNameBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidPluginNameBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidPluginNameBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidPluginNameBodySchema: StandardSchemaV1<InvalidPluginNameBody>;
/** Whether `value` is a valid InvalidRoleBody; members it does not declare make it invalid. */
export declare function isInvalidRoleBody(value: unknown): value is InvalidRoleBody;
/** Every way `value` breaks InvalidRoleBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidRoleBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidRoleBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidRoleBodySchema: StandardSchemaV1<InvalidRoleBody>;
/** Whether `value` is a valid InvocationDoesNotExistBody; members it does not declare make it invalid. */
export declare function isInvocationDoesNotExistBody(
  value: unknown,
): value is InvocationDoesNotExistBody;
/** Every way `value` breaks InvocationDoesNotExistBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvocationDoesNotExistBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvocationDoesNotExistBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvocationDoesNotExistBodySchema: StandardSchemaV1<InvocationDoesNotExistBody>;
/** Whether `value` is a valid InvocationTraceOutput; members it does not declare make it invalid. */
export declare function isInvocationTraceOutput(value: unknown): value is InvocationTraceOutput;
/** Every way `value` breaks InvocationTraceOutput, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvocationTraceOutput(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvocationTraceOutput as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvocationTraceOutputSchema: StandardSchemaV1<InvocationTraceOutput>;
/** Whether `value` is a valid ListCommandInvocationsRequest; members it does not declare make it invalid. */
export declare function isListCommandInvocationsRequest(
  value: unknown,
): value is ListCommandInvocationsRequest;
/** Every way `value` breaks ListCommandInvocationsRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateListCommandInvocationsRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ListCommandInvocationsRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ListCommandInvocationsRequestSchema: StandardSchemaV1<ListCommandInvocationsRequest>;
/** Whether `value` is a valid ListCommandInvocationsResponse; members it does not declare make it invalid. */
export declare function isListCommandInvocationsResponse(
  value: unknown,
): value is ListCommandInvocationsResponse;
/** Every way `value` breaks ListCommandInvocationsResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateListCommandInvocationsResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ListCommandInvocationsResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ListCommandInvocationsResponseSchema: StandardSchemaV1<ListCommandInvocationsResponse>;
/** Whether `value` is a valid ListCommandsRequest; members it does not declare make it invalid. */
export declare function isListCommandsRequest(value: unknown): value is ListCommandsRequest;
/** Every way `value` breaks ListCommandsRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateListCommandsRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ListCommandsRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ListCommandsRequestSchema: StandardSchemaV1<ListCommandsRequest>;
/** Whether `value` is a valid ListCommandsResponse; members it does not declare make it invalid. */
export declare function isListCommandsResponse(value: unknown): value is ListCommandsResponse;
/** Every way `value` breaks ListCommandsResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateListCommandsResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ListCommandsResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ListCommandsResponseSchema: StandardSchemaV1<ListCommandsResponse>;
/** Whether `value` is a valid MaintenanceWindowExecutionId; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionId(
  value: unknown,
): value is MaintenanceWindowExecutionId;
/** Every way `value` breaks MaintenanceWindowExecutionId, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionId(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionIdSchema: StandardSchemaV1<MaintenanceWindowExecutionId>;
/** Whether `value` is a valid MaintenanceWindowExecutionStatus; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionStatus(
  value: unknown,
): value is MaintenanceWindowExecutionStatus;
/** Every way `value` breaks MaintenanceWindowExecutionStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionStatusSchema: StandardSchemaV1<MaintenanceWindowExecutionStatus>;
/** Whether `value` is a valid MaintenanceWindowExecutionStatusDetails; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionStatusDetails(
  value: unknown,
): value is MaintenanceWindowExecutionStatusDetails;
/** Every way `value` breaks MaintenanceWindowExecutionStatusDetails, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionStatusDetails(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionStatusDetails as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionStatusDetailsSchema: StandardSchemaV1<MaintenanceWindowExecutionStatusDetails>;
/** Whether `value` is a valid MaintenanceWindowExecutionTaskId; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionTaskId(
  value: unknown,
): value is MaintenanceWindowExecutionTaskId;
/** Every way `value` breaks MaintenanceWindowExecutionTaskId, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionTaskId(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionTaskId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionTaskIdSchema: StandardSchemaV1<MaintenanceWindowExecutionTaskId>;
/** Whether `value` is a valid MaintenanceWindowExecutionTaskInvocationId; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionTaskInvocationId(
  value: unknown,
): value is MaintenanceWindowExecutionTaskInvocationId;
/** Every way `value` breaks MaintenanceWindowExecutionTaskInvocationId, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionTaskInvocationId(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionTaskInvocationId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionTaskInvocationIdSchema: StandardSchemaV1<MaintenanceWindowExecutionTaskInvocationId>;
/** Whether `value` is a valid MaintenanceWindowExecutionTaskInvocationParameters; members it does not declare make it invalid. */
export declare function isMaintenanceWindowExecutionTaskInvocationParameters(
  value: unknown,
): value is MaintenanceWindowExecutionTaskInvocationParameters;
/** Every way `value` breaks MaintenanceWindowExecutionTaskInvocationParameters, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowExecutionTaskInvocationParameters(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowExecutionTaskInvocationParameters as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowExecutionTaskInvocationParametersSchema: StandardSchemaV1<MaintenanceWindowExecutionTaskInvocationParameters>;
/** Whether `value` is a valid MaintenanceWindowTaskTargetId; members it does not declare make it invalid. */
export declare function isMaintenanceWindowTaskTargetId(
  value: unknown,
): value is MaintenanceWindowTaskTargetId;
/** Every way `value` breaks MaintenanceWindowTaskTargetId, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowTaskTargetId(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowTaskTargetId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowTaskTargetIdSchema: StandardSchemaV1<MaintenanceWindowTaskTargetId>;
/** Whether `value` is a valid MaintenanceWindowTaskType; members it does not declare make it invalid. */
export declare function isMaintenanceWindowTaskType(
  value: unknown,
): value is MaintenanceWindowTaskType;
/** Every way `value` breaks MaintenanceWindowTaskType, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaintenanceWindowTaskType(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaintenanceWindowTaskType as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaintenanceWindowTaskTypeSchema: StandardSchemaV1<MaintenanceWindowTaskType>;
/** Whether `value` is a valid MaxConcurrency; members it does not declare make it invalid. */
export declare function isMaxConcurrency(value: unknown): value is MaxConcurrency;
/** Every way `value` breaks MaxConcurrency, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaxConcurrency(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaxConcurrency as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaxConcurrencySchema: StandardSchemaV1<MaxConcurrency>;
/** Whether `value` is a valid MaxDocumentSizeExceededBody; members it does not declare make it invalid. */
export declare function isMaxDocumentSizeExceededBody(
  value: unknown,
): value is MaxDocumentSizeExceededBody;
/** Every way `value` breaks MaxDocumentSizeExceededBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaxDocumentSizeExceededBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MaxDocumentSizeExceededBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaxDocumentSizeExceededBodySchema: StandardSchemaV1<MaxDocumentSizeExceededBody>;
/** Whether `value` is a valid MaxErrors; members it does not declare make it invalid. */
export declare function isMaxErrors(value: unknown): value is MaxErrors;
/** Every way `value` breaks MaxErrors, each with its JSON Pointer; empty when it is valid. */
export declare function validateMaxErrors(value: unknown, options?: ValidateOptions): Violation[];
/** MaxErrors as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MaxErrorsSchema: StandardSchemaV1<MaxErrors>;
/** Whether `value` is a valid NotificationConfig; members it does not declare make it invalid. */
export declare function isNotificationConfig(value: unknown): value is NotificationConfig;
/** Every way `value` breaks NotificationConfig, each with its JSON Pointer; empty when it is valid. */
export declare function validateNotificationConfig(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** NotificationConfig as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const NotificationConfigSchema: StandardSchemaV1<NotificationConfig>;
/** Whether `value` is a valid NotificationEvent; members it does not declare make it invalid. */
export declare function isNotificationEvent(value: unknown): value is NotificationEvent;
/** Every way `value` breaks NotificationEvent, each with its JSON Pointer; empty when it is valid. */
export declare function validateNotificationEvent(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** NotificationEvent as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const NotificationEventSchema: StandardSchemaV1<NotificationEvent>;
/** Whether `value` is a valid NotificationEventList; members it does not declare make it invalid. */
export declare function isNotificationEventList(value: unknown): value is NotificationEventList;
/** Every way `value` breaks NotificationEventList, each with its JSON Pointer; empty when it is valid. */
export declare function validateNotificationEventList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** NotificationEventList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const NotificationEventListSchema: StandardSchemaV1<NotificationEventList>;
/** Whether `value` is a valid NotificationType; members it does not declare make it invalid. */
export declare function isNotificationType(value: unknown): value is NotificationType;
/** Every way `value` breaks NotificationType, each with its JSON Pointer; empty when it is valid. */
export declare function validateNotificationType(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** NotificationType as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const NotificationTypeSchema: StandardSchemaV1<NotificationType>;
/** Whether `value` is a valid OwnerInformation; members it does not declare make it invalid. */
export declare function isOwnerInformation(value: unknown): value is OwnerInformation;
/** Every way `value` breaks OwnerInformation, each with its JSON Pointer; empty when it is valid. */
export declare function validateOwnerInformation(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** OwnerInformation as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const OwnerInformationSchema: StandardSchemaV1<OwnerInformation>;
/** Whether `value` is a valid ParameterValueList; members it does not declare make it invalid. */
export declare function isParameterValueList(value: unknown): value is ParameterValueList;
/** Every way `value` breaks ParameterValueList, each with its JSON Pointer; empty when it is valid. */
export declare function validateParameterValueList(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ParameterValueList as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ParameterValueListSchema: StandardSchemaV1<ParameterValueList>;
/** Whether `value` is a valid Parameters; members it does not declare make it invalid. */
export declare function isParameters(value: unknown): value is Parameters;
/** Every way `value` breaks Parameters, each with its JSON Pointer; empty when it is valid. */
export declare function validateParameters(value: unknown, options?: ValidateOptions): Violation[];
/** Parameters as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ParametersSchema: StandardSchemaV1<Parameters>;
/** Whether `value` is a valid S3BucketName; members it does not declare make it invalid. */
export declare function isS3BucketName(value: unknown): value is S3BucketName;
/** Every way `value` breaks S3BucketName, each with its JSON Pointer; empty when it is valid. */
export declare function validateS3BucketName(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** S3BucketName as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const S3BucketNameSchema: StandardSchemaV1<S3BucketName>;
/** Whether `value` is a valid S3KeyPrefix; members it does not declare make it invalid. */
export declare function isS3KeyPrefix(value: unknown): value is S3KeyPrefix;
/** Every way `value` breaks S3KeyPrefix, each with its JSON Pointer; empty when it is valid. */
export declare function validateS3KeyPrefix(value: unknown, options?: ValidateOptions): Violation[];
/** S3KeyPrefix as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const S3KeyPrefixSchema: StandardSchemaV1<S3KeyPrefix>;
/** Whether `value` is a valid S3Region; members it does not declare make it invalid. */
export declare function isS3Region(value: unknown): value is S3Region;
/** Every way `value` breaks S3Region, each with its JSON Pointer; empty when it is valid. */
export declare function validateS3Region(value: unknown, options?: ValidateOptions): Violation[];
/** S3Region as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const S3RegionSchema: StandardSchemaV1<S3Region>;
/** Whether `value` is a valid SendCommandRequest; members it does not declare make it invalid. */
export declare function isSendCommandRequest(value: unknown): value is SendCommandRequest;
/** Every way `value` breaks SendCommandRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateSendCommandRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** SendCommandRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const SendCommandRequestSchema: StandardSchemaV1<SendCommandRequest>;
/** Whether `value` is a valid SendCommandResponse; members it does not declare make it invalid. */
export declare function isSendCommandResponse(value: unknown): value is SendCommandResponse;
/** Every way `value` breaks SendCommandResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateSendCommandResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** SendCommandResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const SendCommandResponseSchema: StandardSchemaV1<SendCommandResponse>;
/** Whether `value` is a valid StandardErrorContent; members it does not declare make it invalid. */
export declare function isStandardErrorContent(value: unknown): value is StandardErrorContent;
/** Every way `value` breaks StandardErrorContent, each with its JSON Pointer; empty when it is valid. */
export declare function validateStandardErrorContent(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** StandardErrorContent as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const StandardErrorContentSchema: StandardSchemaV1<StandardErrorContent>;
/** Whether `value` is a valid StandardOutputContent; members it does not declare make it invalid. */
export declare function isStandardOutputContent(value: unknown): value is StandardOutputContent;
/** Every way `value` breaks StandardOutputContent, each with its JSON Pointer; empty when it is valid. */
export declare function validateStandardOutputContent(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** StandardOutputContent as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const StandardOutputContentSchema: StandardSchemaV1<StandardOutputContent>;
/** Whether `value` is a valid StatusDetails; members it does not declare make it invalid. */
export declare function isStatusDetails(value: unknown): value is StatusDetails;
/** Every way `value` breaks StatusDetails, each with its JSON Pointer; empty when it is valid. */
export declare function validateStatusDetails(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** StatusDetails as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const StatusDetailsSchema: StandardSchemaV1<StatusDetails>;
/** Whether `value` is a valid StringDateTime; members it does not declare make it invalid. */
export declare function isStringDateTime(value: unknown): value is StringDateTime;
/** Every way `value` breaks StringDateTime, each with its JSON Pointer; empty when it is valid. */
export declare function validateStringDateTime(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** StringDateTime as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const StringDateTimeSchema: StandardSchemaV1<StringDateTime>;
/** Whether `value` is a valid Target; members it does not declare make it invalid. */
export declare function isTarget(value: unknown): value is Target;
/** Every way `value` breaks Target, each with its JSON Pointer; empty when it is valid. */
export declare function validateTarget(value: unknown, options?: ValidateOptions): Violation[];
/** Target as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const TargetSchema: StandardSchemaV1<Target>;
/** Whether `value` is a valid TargetKey; members it does not declare make it invalid. */
export declare function isTargetKey(value: unknown): value is TargetKey;
/** Every way `value` breaks TargetKey, each with its JSON Pointer; empty when it is valid. */
export declare function validateTargetKey(value: unknown, options?: ValidateOptions): Violation[];
/** TargetKey as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const TargetKeySchema: StandardSchemaV1<TargetKey>;
/** Whether `value` is a valid TargetValues; members it does not declare make it invalid. */
export declare function isTargetValues(value: unknown): value is TargetValues;
/** Every way `value` breaks TargetValues, each with its JSON Pointer; empty when it is valid. */
export declare function validateTargetValues(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** TargetValues as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const TargetValuesSchema: StandardSchemaV1<TargetValues>;
/** Whether `value` is a valid Targets; members it does not declare make it invalid. */
export declare function isTargets(value: unknown): value is Targets;
/** Every way `value` breaks Targets, each with its JSON Pointer; empty when it is valid. */
export declare function validateTargets(value: unknown, options?: ValidateOptions): Violation[];
/** Targets as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const TargetsSchema: StandardSchemaV1<Targets>;
/** Whether `value` is a valid TimeoutSeconds; members it does not declare make it invalid. */
export declare function isTimeoutSeconds(value: unknown): value is TimeoutSeconds;
/** Every way `value` breaks TimeoutSeconds, each with its JSON Pointer; empty when it is valid. */
export declare function validateTimeoutSeconds(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** TimeoutSeconds as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const TimeoutSecondsSchema: StandardSchemaV1<TimeoutSeconds>;
/** Whether `value` is a valid UnsupportedPlatformTypeBody; members it does not declare make it invalid. */
export declare function isUnsupportedPlatformTypeBody(
  value: unknown,
): value is UnsupportedPlatformTypeBody;
/** Every way `value` breaks UnsupportedPlatformTypeBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateUnsupportedPlatformTypeBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** UnsupportedPlatformTypeBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const UnsupportedPlatformTypeBodySchema: StandardSchemaV1<UnsupportedPlatformTypeBody>;
/** Every way `value` breaks GetCommandInvocationRequest, as validateGetCommandInvocationRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_GetCommandInvocationRequest(value: unknown): Violation[];
/** Every way `value` breaks GetMaintenanceWindowExecutionTaskInvocationRequest, as validateGetMaintenanceWindowExecutionTaskInvocationRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_GetMaintenanceWindowExecutionTaskInvocationRequest(
  value: unknown,
): Violation[];
/** Every way `value` breaks ListCommandInvocationsRequest, as validateListCommandInvocationsRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_ListCommandInvocationsRequest(value: unknown): Violation[];
/** Every way `value` breaks ListCommandsRequest, as validateListCommandsRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_ListCommandsRequest(value: unknown): Violation[];
/** Every way `value` breaks SendCommandRequest, as validateSendCommandRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_SendCommandRequest(value: unknown): Violation[];
