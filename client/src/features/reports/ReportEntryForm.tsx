import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import type { ReportSubmissionFieldsFragment } from '../../gql/graphql';
import { IndicatorField } from './IndicatorField';
import {
  ReportValidationRulesQuery,
  SaveReportDraftMutation,
  SubmitReportMutation,
} from './report-documents';
import { enteredValuesOf, sectionsOf, shownValues, type EnteredValues } from './report-entry-state';
import { reportRefusalOf } from './report-errors';

/** What went wrong on the last save or submit: messages by indicator code, and one for the whole form. */
interface Problems {
  fields: Record<string, string>;
  /** A refusal explained in the reports' words (a broken rule, a locked report). */
  message: string | null;
  /** Any other error, explained by its code. */
  error: ErrorLike | null;
}

const NO_PROBLEMS: Problems = { fields: {}, message: null, error: null };
const REFRESH = ['OrganizationReports', 'ReviewQueue', 'ReportCompleteness'];

/**
 * The data entry of one report: its indicators by section, typed ones editable while the report
 * is a draft or returned, "save as draft" and "submit"; a refused value or a broken validation
 * rule (named) is shown next to the indicators concerned.
 */
export function ReportEntryForm({ submission }: { submission: ReportSubmissionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [entered, setEntered] = useState<EnteredValues>(() => enteredValuesOf(submission));
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [saved, setSaved] = useState(false);
  const rules = useQuery(ReportValidationRulesQuery).data?.reportValidationRules ?? [];
  const [save] = useMutation(SaveReportDraftMutation, { refetchQueries: REFRESH });
  const [send] = useMutation(SubmitReportMutation, { refetchQueries: REFRESH });
  const editable =
    submission.viewerCan.edit && (submission.status === 'DRAFT' || submission.status === 'RETURNED');
  const values = shownValues(submission, entered);
  const onForm = new Set(submission.form.indicators.map((row) => row.indicator.code));

  const explain = (caught: unknown) => {
    const refusal = reportRefusalOf(caught);
    if (refusal?.reason === 'VALIDATION_RULE_FAILED' && refusal.rule) {
      const rule = rules.find((r) => r.code === refusal.rule);
      const name = (i18n.language === 'en' ? rule?.nameEn : rule?.nameVi) ?? refusal.ruleName ?? refusal.rule;
      const message = t('reports.ruleFailed', { rule: name, left: refusal.left, right: refusal.right });
      const codes = [...(rule?.leftCodes ?? []), ...(rule?.rightCodes ?? [])].filter((c) => onForm.has(c));
      setProblems({ fields: Object.fromEntries(codes.map((c) => [c, message])), message, error: null });
    } else if (refusal?.reason && refusal.indicator && onForm.has(refusal.indicator)) {
      const message = t(`reports.refusal.${refusal.reason as 'NEGATIVE_VALUE'}`);
      setProblems({ fields: { [refusal.indicator]: message }, message: null, error: null });
    } else if (refusal?.reason && refusal.reason in REFUSAL_KEYS) {
      setProblems({ fields: {}, message: t(`reports.refusal.${refusal.reason as 'LOCKED'}`), error: null });
    } else {
      setProblems({ ...NO_PROBLEMS, error: caught instanceof Error ? caught : new Error(String(caught)) });
    }
  };

  const saveDraft = async (): Promise<number> => {
    const result = await save({
      variables: {
        input: {
          formId: submission.form.id,
          organizationId: submission.organization.id,
          periodKey: submission.periodKey,
          expectedVersion: submission.version,
          values: Object.entries(entered).map(([indicatorCode, value]) => ({
            indicatorCode,
            value: value === '' ? null : value,
          })),
        },
      },
    });
    return result.data?.saveReportDraft.submission.version ?? submission.version;
  };

  const run = async (action: 'save' | 'submit') => {
    setBusy(action);
    setProblems(NO_PROBLEMS);
    setSaved(false);
    try {
      const version = await saveDraft();
      if (action === 'submit') {
        await send({ variables: { input: { submissionId: submission.id, expectedVersion: version } } });
      } else setSaved(true);
    } catch (caught) {
      explain(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      {problems.message && (
        <Alert color="red" variant="light" role="alert" title={t('reports.notAccepted')}>
          {problems.message}
        </Alert>
      )}
      {problems.error && <ErrorAlert error={problems.error} />}
      {sectionsOf(submission).map((section, index) => (
        <SectionCard key={`${index}-${section.title}`} title={section.title ?? t('reports.indicators')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {section.indicators.map((indicator) => (
              <IndicatorField
                key={indicator.code}
                indicator={indicator}
                value={values.get(indicator.code)}
                editable={editable}
                error={problems.fields[indicator.code]}
                onChange={(value) => {
                  setSaved(false);
                  setEntered((before) => ({ ...before, [indicator.code]: value }));
                }}
              />
            ))}
          </SimpleGrid>
        </SectionCard>
      ))}
      {editable && (
        <Group justify="flex-end">
          {saved && (
            <Alert color="green" variant="transparent" role="status" p={0}>
              {t('reports.saved')}
            </Alert>
          )}
          <Button
            variant="default"
            loading={busy === 'save'}
            disabled={busy !== null}
            onClick={() => void run('save')}
          >
            {t('reports.saveDraft')}
          </Button>
          <Button loading={busy === 'submit'} disabled={busy !== null} onClick={() => void run('submit')}>
            {t('reports.submit')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Refusals of the whole report (not of one value) that the reports' locale explains. */
const REFUSAL_KEYS = {
  LOCKED: true,
  WRONG_STATUS: true,
  PERIOD_NOT_ENDED: true,
  PERIOD_TYPE_MISMATCH: true,
  NOT_REQUIRED_TO_SUBMIT: true,
  OWN_SUBMISSION: true,
  FORM_INACTIVE: true,
};
