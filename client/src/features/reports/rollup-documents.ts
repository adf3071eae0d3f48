import { graphql } from '../../gql';

/** A roll-up of indicators over an area and a run of periods, with the previous run beside it. */
export const IndicatorValuesQuery = graphql(`
  query IndicatorValues($input: IndicatorValuesInput!) {
    indicatorValues(input: $input) {
      areaId
      parentAreaId
      periods
      area {
        id
        name
        level
      }
      values {
        indicatorCode
        areaId
        ownLevel
        fromPeriod
        toPeriod
        value
        numerator
        denominator
        reports
        expectedReports
        area {
          id
          name
        }
        indicator {
          id
          code
          nameVi
          nameEn
          unit
        }
        previous {
          value
          numerator
          denominator
          fromPeriod
        }
      }
    }
  }
`);

/** Every indicator, for choosing the one the charts show. */
export const ReportIndicatorsQuery = graphql(`
  query ReportIndicators {
    reportIndicators {
      id
      code
      nameVi
      nameEn
      unit
    }
  }
`);

export const IndicatorValuesExportQuery = graphql(`
  query IndicatorValuesExport($input: IndicatorValuesInput!, $format: TableExportFormat!) {
    indicatorValuesExport(input: $input, format: $format) {
      filename
      mimeType
      base64
    }
  }
`);

export const AnnualReviewDocumentQuery = graphql(`
  query AnnualReviewDocument($organizationId: ID!, $year: Int!) {
    annualReviewDocument(organizationId: $organizationId, year: $year) {
      filename
      mimeType
      base64
    }
  }
`);
