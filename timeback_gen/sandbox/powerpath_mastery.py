"""PowerPath lesson mastery: attempts, questions, answers, finalization and progress.

``getNextQuestion`` serves the first unanswered question of a ``powerpath-100`` lesson, in the
order of its QTI test; ``updateStudentQuestionResponse`` scores an answer with the QTI scorer and
writes the question's result and the attempt's score (a powerpath-100 attempt is complete once
every question is answered); quizzes, tests-out, placement and unit tests are completed by
``finalStudentAssessmentResponse`` (score = correct answers / questions, unanswered ones count as
wrong). See powerpath_core for where it is all stored.
"""

from __future__ import annotations

from typing import Any

from .powerpath_core import (
    GRADED,
    PP100,
    RESULTS,
    TEST_LESSONS,
    Core,
    Lesson,
    attempt_number,
    attempt_view,
    grade_number,
    metadata,
    not_found,
    unprocessable,
)
from .powerpath_placement import after_final
from .qti import ITEMS
from .web import ApiError, Request, Response


class Mastery:
    def __init__(self, core: Core) -> None:
        self.c = core

    def _target(self, source: dict[str, Any]) -> tuple[Lesson, str]:
        """The lesson and student a body or query names (404 when either is unknown)."""
        lesson = self.c.lesson(str(source["lesson"]))
        student = str(source["student"])
        self.c.need("users", student, "student")
        return lesson, student

    @staticmethod
    def _internal(lesson: Lesson, op: str) -> None:
        if lesson.tool:
            raise ApiError.bad_request(
                f"lesson {lesson.id!r} is an external test ({lesson.tool}); {op} does not apply "
                "(the external tool records the answers: importExternalTestAssignmentResults)",
                "lesson",
            )

    # ---------------------------------------------------------------- attempts
    def create_new_attempt(self, request: Request) -> Response:
        lesson, student = self._target(self.c.body(request))
        with self.c.lock:
            result = self.c.current(lesson, student)
            if result is None or result.get("scoreStatus") == GRADED:
                number = attempt_number(result) + 1 if result else 1
                result = self.c.start_attempt(lesson, student, number)
        return self.c.answer(request, {"attempt": attempt_view(result)})

    def get_attempts(self, request: Request) -> Response:
        lesson, student = self._target(self.c.params(request))
        views = [attempt_view(r) for r in self.c.attempts(lesson, student)]
        return self.c.answer(request, {"attempts": views})

    def reset_attempt(self, request: Request) -> Response:
        lesson, student = self._target(self.c.body(request))
        with self.c.lock:
            result = self.c.current(lesson, student)
            if result is not None:
                if not lesson.tool:
                    answers = self.c.question_results(lesson, student, attempt_number(result))
                    for answer in answers.values():
                        self.c.save(RESULTS, answer, deleted=True)
                meta = {**metadata(result), "completedAt": None}
                meta["xp"] = None if lesson.xp is None else 0
                result.update(score=0, scoreStatus="not submitted", metadata=meta)
                self.c.save(RESULTS, result)
                self.c.set_assignment(lesson.id, "assigned")
        return self.c.answer(request, {"success": True, "score": 0})

    # ---------------------------------------------------------------- questions
    def get_next_question(self, request: Request) -> Response:
        lesson, student = self._target(self.c.params(request))
        if lesson.kind != PP100:
            raise ApiError.bad_request(
                f"getNextQuestion works only with powerpath-100 lessons; {lesson.id!r} is a "
                f"{lesson.kind} lesson (its questions: getAssessmentProgress)",
                "lesson",
            )
        result = self.c.current(lesson, student)
        number = attempt_number(result) if result else 1
        progress = self.c.progress(lesson, student, number)
        upcoming = progress.next()
        if upcoming is None or (result or {}).get("scoreStatus") == GRADED:
            raise ApiError.not_found(
                f"no next question: lesson {lesson.id!r} has {len(progress.questions)} question(s) "
                f"and attempt {number} of student {student!r} is complete "
                "(createNewAttempt starts another)",
                "lesson",
            )
        index, qid = upcoming
        question = self.c.question_entry(request, index, qid, None)
        return self.c.answer(request, {"score": progress.score, "question": question})

    def update_student_question_response(self, request: Request) -> Response:
        body = self.c.body(request)
        lesson, student = self._target(body)
        self._internal(lesson, "updateStudentQuestionResponse")
        qid = str(body["question"])
        with self.c.lock:
            result = self.c.current(lesson, student)
            number = attempt_number(result) if result else 1
            progress = self.c.progress(lesson, student, number)
            if qid not in progress.questions:
                raise not_found(f"question of lesson {lesson.id!r}", qid)
            item = self.c.store.get(ITEMS, qid)
            if item is None:
                raise not_found("QTI assessment item", qid)
            if result is not None and result.get("scoreStatus") == GRADED:
                raise unprocessable(
                    f"attempt {number} of lesson {lesson.id!r} is complete; "
                    "createNewAttempt starts another",
                    "lesson",
                )
            correct, score, feedback = self.c.score(
                item, body.get("response"), body.get("responses")
            )
            result = result or self.c.start_attempt(lesson, student, 1)
            given = {k: body[k] for k in ("response", "responses") if k in body}
            fields: dict[str, Any] = {
                "student": {"sourcedId": student},
                "score": score,
                "scoreDate": result["scoreDate"],
                "scoreStatus": GRADED,
                "metadata": {
                    "lesson": lesson.id,
                    "question": qid,
                    "attempt": number,
                    "correct": correct,
                    "feedback": feedback.get("value"),
                    **given,
                },
            }
            answer = progress.answers.get(qid)
            if answer is None:
                parent = self.c.line_item(lesson, create=True) or {}
                ali = self.c.question_line_item(lesson, parent, qid)
                answer = self.c.create(
                    RESULTS, {"assessmentLineItem": {"sourcedId": ali["sourcedId"]}, **fields}
                )
            else:
                answer.update(fields)
                self.c.save(RESULTS, answer)
            progress.answers[qid] = answer
            complete = lesson.kind == PP100 and progress.next() is None
            self.c.grade(lesson, result, progress, final=complete)
            self.c.set_assignment(lesson.id, "in_progress", only_from=("assigned",))
        if lesson.kind != PP100:
            return self.c.answer(request, {"lessonType": lesson.kind, "questionResult": answer})
        return self.c.answer(
            request,
            {
                "lessonType": PP100,
                "powerpathScore": progress.score,
                "responseResult": {
                    "isCorrect": correct,
                    "score": 1 if correct else 0,
                    "feedback": feedback,
                },
                "questionResult": answer,
                "testResult": result,
                "accuracy": progress.accuracy,
                "correctQuestions": progress.correct,
                "totalQuestions": len(progress.questions),
                "xp": metadata(result).get("xp"),
                "multiplier": None,
            },
        )

    def final_student_assessment_response(self, request: Request) -> Response:
        lesson, student = self._target(self.c.body(request))
        if lesson.kind not in TEST_LESSONS:
            raise ApiError.bad_request(
                f"finalStudentAssessmentResponse finalizes {', '.join(TEST_LESSONS)} lessons; "
                f"{lesson.id!r} is a {lesson.kind} lesson",
                "lesson",
            )
        self._internal(lesson, "finalStudentAssessmentResponse")
        with self.c.lock:
            result = self.c.open_attempt(lesson, student)
            if result.get("scoreStatus") != GRADED:
                progress = self.c.progress(lesson, student, attempt_number(result))
                self.c.grade(lesson, result, progress, final=True)
                after_final(self.c, lesson, student, progress.score)
        answer = {"lessonType": lesson.kind, "finalized": True, "attempt": attempt_number(result)}
        return self.c.answer(request, answer)

    def get_assessment_progress(self, request: Request) -> Response:
        query = self.c.params(request)
        lesson, student = self._target(query)
        attempts = {attempt_number(r): r for r in self.c.attempts(lesson, student)}
        number = grade_number(query.get("attempt") or max(attempts, default=1))
        if number is None or number < 1:
            raise ApiError.bad_request(
                f"attempt must be a number >= 1, got {query['attempt']!r}", "attempt"
            )
        result = attempts.get(number) or {}
        progress = self.c.progress(lesson, student, number)
        answers = progress.answers
        common = {
            "lessonType": lesson.kind,
            "score": result["score"] if result else progress.score,
            "attempt": number,
            "xp": metadata(result).get("xp"),
            "multiplier": None,
            "accuracy": progress.accuracy,
            "correctQuestions": progress.correct,
            "totalQuestions": len(progress.questions),
        }
        entries = [
            self.c.question_entry(request, i, q, answers.get(q))
            for i, q in enumerate(progress.questions)
        ]
        if lesson.kind == PP100:
            remaining = {"easy": 0, "medium": 0, "hard": 0}
            for entry in entries:
                if entry["id"] not in answers and entry["difficulty"] in remaining:
                    remaining[entry["difficulty"]] += 1
            seen = [e for e in entries if e["id"] in answers]
            return self.c.answer(
                request,
                {**common, "remainingQuestionsPerDifficulty": remaining, "seenQuestions": seen},
            )
        finalized = result.get("scoreStatus") == GRADED
        return self.c.answer(
            request,
            {**common, "finalized": finalized, "questions": entries, "toolProvider": lesson.tool},
        )

    # ---------------------------------------------------------------- any lesson item
    def update_student_item_response(self, request: Request) -> Response:
        body = self.c.body(request)
        student = str(body["studentId"])
        self.c.need("users", student, "student")
        lesson = self.c.lesson(str(body["componentResourceId"]))
        given = dict(body["result"])
        with self.c.lock:
            ali = self.c.line_item(lesson, create=True) or {}
            result = self.c.current(lesson, student)
            if result is None:
                result = self.c.start_attempt(lesson, student, 1)
            meta = {**metadata(result), **(given.pop("metadata", None) or {})}
            result.update(given, metadata=meta)
            self.c.save(RESULTS, result, deleted=result.get("status") == "tobedeleted")
        return self.c.answer(
            request, {"componentResourceLineItem": ali, "componentResourceResult": result}
        )
