// The zh-CN catalogue, one file per namespace (a feature adds its own file and one line here).
import site from "./site.json";
import emergency from "./emergency.json";
import home from "./home.json";
import officer from "./officer.json";
import entryPoints from "./entry-points.json";
import community from "./community.json";
import track from "./track.json";
import timeline from "./timeline.json";
import signIn from "./sign-in.json";
import dashboard from "./dashboard.json";
import queue from "./queue.json";
import requestDetail from "./request-detail.json";
import notFound from "./not-found.json";
import errorPage from "./error-page.json";
import errors from "./errors.json";
import validation from "./validation.json";
import staffRequest from "./staff-request.json";
import handover from "./handover.json";
import faq from "./faq.json";
import preventionTips from "./prevention-tips.json";
import targets from "./targets.json";
import requestForms from "./request-forms.json";
import privacy from "./privacy.json";
import photos from "./photos.json";
import notifications from "./notifications.json";
import boards from "./boards.json";
import appointments from "./appointments.json";
import services from "./services.json";
import applications from "./applications.json";
import deliveries from "./deliveries.json";
import slotTemplates from "./slot-templates.json";
import duty from "./duty.json";
import outage from "./outage.json";
import stats from "./stats.json";
import incidents from "./incidents.json";
import mediation from "./mediation.json";
import alliances from "./alliances.json";
import field from "./field.json";

const messages = {
  site,
  emergency,
  home,
  officer,
  entryPoints,
  community,
  track,
  timeline,
  signIn,
  dashboard,
  queue,
  requestDetail,
  notFound,
  errorPage,
  errors,
  validation,
  staffRequest,
  handover,
  faq,
  preventionTips,
  targets,
  requestForms,
  privacy,
  photos,
  notifications,
  boards,
  appointments,
  services,
  applications,
  deliveries,
  slotTemplates,
  duty,
  outage,
  stats,
  incidents,
  mediation,
  alliances,
  field,
};

export default messages;
