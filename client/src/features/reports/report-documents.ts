import { graphql } from '../../gql';

/** What the data-entry screen shows of a report; every change returns it. */
export const ReportSubmissionFieldsFragment = graphql(`
  fragment ReportSubmissionFields on ReportSubmission {
    id
    version
    revision
    status
    current
    periodKey
    periodStart
    periodEnd
    dueOn
    submittedAt
    approvedAt
    returnedAt
    returnComment
    correctionReason
    corrects {
      id
      revision
    }
    organization {
      id
      name
    }
    approver {
      id
      name
    }
    area {
      id
      name
    }
    form {
      id
      name
      periodType
      indicators {
        position
        section
        indicator {
          id
          code
          nameVi
          nameEn
          unit
          source
          description
          numeratorCode
          denominatorCode
        }
      }
    }
    values {
      source
      value
      indicator {
        id
        code
      }
    }
    viewerCan {
      edit
      review
    }
  }
`);

export const SaveReportDraftMutation = graphql(`
  mutation SaveReportDraft($input: SaveReportDraftInput!) {
    saveReportDraft(input: $input) {
      submission {
        id
        version
        ...ReportSubmissionFields
      }
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: ReportChangeInput!) {
    submitReport(input: $input) {
      submission {
        id
        version
        ...ReportSubmissionFields
      }
    }
  }
`);

export const ApproveReportMutation = graphql(`
  mutation ApproveReport($input: ReportChangeInput!) {
    approveReport(input: $input) {
      submission {
        id
        version
        ...ReportSubmissionFields
      }
    }
  }
`);

export const ReturnReportMutation = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      submission {
        id
        version
        ...ReportSubmissionFields
      }
    }
  }
`);

export const CorrectReportMutation = graphql(`
  mutation CorrectReport($input: CorrectReportInput!) {
    correctReport(input: $input) {
      submission {
        id
        version
        ...ReportSubmissionFields
      }
    }
  }
`);

/** One row of a list of reports (an organization's, or the approver's queue). */
export const ReportListItemFragment = graphql(`
  fragment ReportListItem on ReportSubmission {
    id
    version
    status
    revision
    periodKey
    dueOn
    submittedAt
    form {
      id
      name
    }
    organization {
      id
      name
    }
    viewerCan {
      review
    }
  }
`);

/** The active forms with their period type, for choosing a form. */
export const ReportFormsQuery = graphql(`
  query ReportForms {
    reportForms {
      id
      name
      nameEn
      periodType
    }
  }
`);

/** The validation rules, to place a broken rule's message next to its indicators. */
export const ReportValidationRulesQuery = graphql(`
  query ReportValidationRules {
    reportValidationRules {
      code
      nameVi
      nameEn
      leftCodes
      rightCodes
    }
  }
`);
