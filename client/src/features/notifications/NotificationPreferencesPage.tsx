export default function NotificationPreferencesPage() {
  return null;
}
