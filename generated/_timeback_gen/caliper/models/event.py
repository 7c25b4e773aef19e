from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.all_profiles import AllProfiles, check_all_profiles
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_actor_type_1 import EventActorType1
    from ..models.event_ed_app_type_1 import EventEdAppType1
    from ..models.event_extensions import EventExtensions
    from ..models.event_federated_session_type_1 import EventFederatedSessionType1
    from ..models.event_generated_type_1 import EventGeneratedType1
    from ..models.event_group_type_1 import EventGroupType1
    from ..models.event_membership_type_1 import EventMembershipType1
    from ..models.event_object_type_1 import EventObjectType1
    from ..models.event_referrer_type_1 import EventReferrerType1
    from ..models.event_session_type_1 import EventSessionType1
    from ..models.event_target_type_1 import EventTargetType1


T = TypeVar("T", bound="Event")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "actor",
        "action",
        "object",
        "eventTime",
        "profile",
        "@context",
        "edApp",
        "generated",
        "target",
        "referrer",
        "group",
        "membership",
        "session",
        "federatedSession",
        "extensions",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_EventExtensions
    global EventActorType1
    global EventEdAppType1
    global EventExtensions
    global EventFederatedSessionType1
    global EventGeneratedType1
    global EventGroupType1
    global EventMembershipType1
    global EventObjectType1
    global EventReferrerType1
    global EventSessionType1
    global EventTargetType1
    global _D_actor
    global _D_object_
    global _D_ed_app
    global _D_generated
    global _D_target
    global _D_referrer
    global _D_group
    global _D_membership
    global _D_session
    global _D_federated_session
    from ..models.event_actor_type_1 import EventActorType1
    from ..models.event_ed_app_type_1 import EventEdAppType1
    from ..models.event_extensions import EventExtensions
    from ..models.event_federated_session_type_1 import EventFederatedSessionType1
    from ..models.event_generated_type_1 import EventGeneratedType1
    from ..models.event_group_type_1 import EventGroupType1
    from ..models.event_membership_type_1 import EventMembershipType1
    from ..models.event_object_type_1 import EventObjectType1
    from ..models.event_referrer_type_1 import EventReferrerType1
    from ..models.event_session_type_1 import EventSessionType1
    from ..models.event_target_type_1 import EventTargetType1

    _TABLE = _rt.table(
        (
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.STR),
            _rt.Field(
                "actor",
                "actor",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventActorType1),
                    )
                ),
            ),
            _rt.Field("action", "action", True, _rt.STR),
            _rt.Field(
                "object",
                "object_",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventObjectType1),
                    )
                ),
            ),
            _rt.Field("eventTime", "event_time", True, _rt.DATETIME),
            _rt.Field(
                "profile", "profile", True, _rt.Enum(check_all_profiles, "AllProfiles")
            ),
            _rt.Field("@context", "context", False, _rt.STR),
            _rt.Field(
                "edApp",
                "ed_app",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventEdAppType1),
                    )
                ),
            ),
            _rt.Field(
                "generated",
                "generated",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventGeneratedType1),
                    )
                ),
            ),
            _rt.Field(
                "target",
                "target",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventTargetType1),
                    )
                ),
            ),
            _rt.Field(
                "referrer",
                "referrer",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventReferrerType1),
                    )
                ),
            ),
            _rt.Field(
                "group",
                "group",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventGroupType1),
                    )
                ),
            ),
            _rt.Field(
                "membership",
                "membership",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventMembershipType1),
                    )
                ),
            ),
            _rt.Field(
                "session",
                "session",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventSessionType1),
                    )
                ),
            ),
            _rt.Field(
                "federatedSession",
                "federated_session",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.Model(EventFederatedSessionType1),
                    )
                ),
            ),
            _rt.Field("extensions", "extensions", False, _rt.Model(EventExtensions)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_EventExtensions = EventExtensions._from_dict_fast
    _D_actor = _TABLE.fields[2].desc
    _D_object_ = _TABLE.fields[4].desc
    _D_ed_app = _TABLE.fields[8].desc
    _D_generated = _TABLE.fields[9].desc
    _D_target = _TABLE.fields[10].desc
    _D_referrer = _TABLE.fields[11].desc
    _D_group = _TABLE.fields[12].desc
    _D_membership = _TABLE.fields[13].desc
    _D_session = _TABLE.fields[14].desc
    _D_federated_session = _TABLE.fields[15].desc
    _BOUND = True


@_attrs_define
class Event:
    """# Event

    Represents a Caliper Event that describes learning activities

        Attributes:
            id (str): Unique identifier for this event. Must be a UUID expressed as a URN Example:
                urn:uuid:c51570e4-f8ed-4c18-bb3a-dfe51b2cc594.
            type_ (str): The type of this event. Must match the term specified in the Caliper information model Example:
                Event.
            actor (EventActorType1 | str): The agent who initiated the event Example: https://example.edu/users/554433.
            action (str): The action or predicate that binds the actor to the object Example: Created.
            object_ (EventObjectType1 | str): The object of the interaction Example:
                https://example.edu/terms/201801/courses/7/sections/1/assignments/1.
            event_time (datetime.datetime): ISO 8601 datetime when this event occurred Example: 2023-08-15T14:12:00.000Z.
            profile (AllProfiles): # Supported Profiles

                These are the profiles that this API currently supports.

                See the [specification](https://www.imsglobal.org/spec/caliper/v1p2#profiles-0) for a list of all profiles.
            context (str | Unset): The context of the Caliper entity data Default:
                'http://purl.imsglobal.org/ctx/caliper/v1p2'. Example: http://purl.imsglobal.org/ctx/caliper/v1p2.
            ed_app (EventEdAppType1 | str | Unset): The application context Example: https://example.edu/apps/learning-
                management.
            generated (EventGeneratedType1 | str | Unset): Entity generated as a result of the interaction Example:
                https://example.edu/users/554433/responses/1.
            target (EventTargetType1 | str | Unset): Entity that represents a particular segment or location within the
                object Example: https://example.edu/terms/201801/courses/7/sections/1/assignments/1/items/1.
            referrer (EventReferrerType1 | str | Unset): Entity that represents the referring context Example:
                https://example.edu/terms/201801/courses/7/sections/1.
            group (EventGroupType1 | str | Unset): An Organization that represents the group context. Can be either a URI or
                an Organization entity object Example: {'id': 'https://example.edu/terms/201801/courses/7/sections/1', 'type':
                'Organization', 'extensions': {'info': 'other params should follow organization schema'}}.
            membership (EventMembershipType1 | str | Unset): The relationship between the action and the group in terms of
                roles and status Example: https://example.edu/terms/201801/courses/7/sections/1/rosters/1.
            session (EventSessionType1 | str | Unset): The current user Session Example:
                https://example.edu/sessions/1f6442a482de72ea6ad134943812bff564a76259.
            federated_session (EventFederatedSessionType1 | str | Unset): If the Event occurs within the context of an LTI
                platform launch, the tool's LtiSession Example: https://example.edu/lti-
                sessions/b533eb02823f31024765305dd3af7b5e.
            extensions (EventExtensions | Unset): Additional attributes not defined by the model Example: {'customField':
                'customValue'}.
    """

    id: str
    type_: str
    actor: EventActorType1 | str
    action: str
    object_: EventObjectType1 | str
    event_time: datetime.datetime
    profile: AllProfiles
    context: str | Unset = "http://purl.imsglobal.org/ctx/caliper/v1p2"
    ed_app: EventEdAppType1 | str | Unset = UNSET
    generated: EventGeneratedType1 | str | Unset = UNSET
    target: EventTargetType1 | str | Unset = UNSET
    referrer: EventReferrerType1 | str | Unset = UNSET
    group: EventGroupType1 | str | Unset = UNSET
    membership: EventMembershipType1 | str | Unset = UNSET
    session: EventSessionType1 | str | Unset = UNSET
    federated_session: EventFederatedSessionType1 | str | Unset = UNSET
    extensions: EventExtensions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.actor is not UNSET:
            field_dict["actor"] = _rt.dump(self.actor)
        if self.action is not UNSET:
            field_dict["action"] = self.action
        if self.object_ is not UNSET:
            field_dict["object"] = _rt.dump(self.object_)
        if self.event_time is not UNSET:
            field_dict["eventTime"] = _rt.dump(self.event_time)
        if self.profile is not UNSET:
            field_dict["profile"] = self.profile
        if self.context is not UNSET:
            field_dict["@context"] = self.context
        if self.ed_app is not UNSET:
            field_dict["edApp"] = _rt.dump(self.ed_app)
        if self.generated is not UNSET:
            field_dict["generated"] = _rt.dump(self.generated)
        if self.target is not UNSET:
            field_dict["target"] = _rt.dump(self.target)
        if self.referrer is not UNSET:
            field_dict["referrer"] = _rt.dump(self.referrer)
        if self.group is not UNSET:
            field_dict["group"] = _rt.dump(self.group)
        if self.membership is not UNSET:
            field_dict["membership"] = _rt.dump(self.membership)
        if self.session is not UNSET:
            field_dict["session"] = _rt.dump(self.session)
        if self.federated_session is not UNSET:
            field_dict["federatedSession"] = _rt.dump(self.federated_session)
        if self.extensions is not UNSET:
            field_dict["extensions"] = _rt.dump(self.extensions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        id = d["id"]
        if type(id) is not str:
            raise TypeError

        type_ = d["type"]
        if type(type_) is not str:
            raise TypeError

        actor = _D_actor.strict(d["actor"])

        action = d["action"]
        if type(action) is not str:
            raise TypeError

        object_ = _D_object_.strict(d["object"])

        event_time = _parse_datetime(d["eventTime"])

        profile = check_all_profiles(d["profile"])

        context = d.get("@context", UNSET)
        if type(context) is not str and context is not UNSET:
            raise TypeError

        _ed_app = d.get("edApp", UNSET)
        ed_app = UNSET if _ed_app is UNSET else _D_ed_app.strict(_ed_app)

        _generated = d.get("generated", UNSET)
        generated = UNSET if _generated is UNSET else _D_generated.strict(_generated)

        _target = d.get("target", UNSET)
        target = UNSET if _target is UNSET else _D_target.strict(_target)

        _referrer = d.get("referrer", UNSET)
        referrer = UNSET if _referrer is UNSET else _D_referrer.strict(_referrer)

        _group = d.get("group", UNSET)
        group = UNSET if _group is UNSET else _D_group.strict(_group)

        _membership = d.get("membership", UNSET)
        membership = (
            UNSET if _membership is UNSET else _D_membership.strict(_membership)
        )

        _session = d.get("session", UNSET)
        session = UNSET if _session is UNSET else _D_session.strict(_session)

        _federated_session = d.get("federatedSession", UNSET)
        federated_session = (
            UNSET
            if _federated_session is UNSET
            else _D_federated_session.strict(_federated_session)
        )

        _extensions = d.get("extensions", UNSET)
        extensions = UNSET if _extensions is UNSET else _F_EventExtensions(_extensions)

        if cls is Event:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.actor = actor
            _obj.action = action
            _obj.object_ = object_
            _obj.event_time = event_time
            _obj.profile = profile
            _obj.context = context
            _obj.ed_app = ed_app
            _obj.generated = generated
            _obj.target = target
            _obj.referrer = referrer
            _obj.group = group
            _obj.membership = membership
            _obj.session = session
            _obj.federated_session = federated_session
            _obj.extensions = extensions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                type_,
                actor,
                action,
                object_,
                event_time,
                profile,
                context,
                ed_app,
                generated,
                target,
                referrer,
                group,
                membership,
                session,
                federated_session,
                extensions,
            )
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
